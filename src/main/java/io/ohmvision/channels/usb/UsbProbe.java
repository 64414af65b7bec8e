package io.ohmvision.channels.usb;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.Admission;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.LocalVideoProbe;
import io.ohmvision.channels.video.VideoInput;
import java.nio.file.Path;
import java.util.List;

/**
 * Probes a USB (V4L2) camera, addressed as usb:///dev/videoN, through FFmpeg's v4l2 input. Only device nodes that
 * the listing shows are opened, so a URL cannot make FFmpeg open any other file.
 */
public final class UsbProbe extends LocalVideoProbe {

    static final String NO_DEVICE = "no video device (/dev/video*) on this host";

    private final VideoDevices devices;

    public UsbProbe() {
        this(VideoDevices.ofThisHost(), new DeepProbe());
    }

    public UsbProbe(VideoDevices devices, DeepProbe video) {
        super(ConnectionType.USB, target -> admit(devices, target), video);
        this.devices = devices;
    }

    public List<VideoDevice> devices() {
        return devices.list();
    }

    private static Admission admit(VideoDevices devices, ProbeTarget target) {
        List<VideoDevice> present = devices.list();
        if (present.isEmpty()) {
            return Admission.refuse(Outcome.NOT_FOUND, NO_DEVICE);
        }
        Path asked = Path.of(target.streamUrl().pathAndQuery()).getFileName();
        return present.stream().filter(device -> device.path().getFileName().equals(asked)).findFirst()
                .map(device -> Admission.admit(VideoInput.device(device.path())))
                .orElseGet(() -> Admission.refuse(Outcome.NOT_FOUND, "no such video device; present: "
                        + present.stream().map(d -> d.path().getFileName().toString()).toList()));
    }
}
