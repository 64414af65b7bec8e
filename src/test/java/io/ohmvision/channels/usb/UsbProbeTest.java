package io.ohmvision.channels.usb;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DeepProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Device listing on a fake /dev and /sys/class/video4linux tree; nothing here opens a device. */
class UsbProbeTest {

    @TempDir
    Path temp;

    @Test
    void listsDeviceNodesInNumberOrderWithDriverNames() throws IOException {
        Path dev = Files.createDirectories(temp.resolve("dev"));
        Path sys = Files.createDirectories(temp.resolve("sys"));
        for (String node : new String[] {"video10", "video2", "video0", "vhci", "videox"}) {
            Files.createFile(dev.resolve(node));
        }
        Files.createDirectories(sys.resolve("video0"));
        Files.writeString(sys.resolve("video0/name"), "HD Pro Webcam C920\n");
        Files.createDirectories(sys.resolve("video2"));
        Files.writeString(sys.resolve("video2/name"), "\n");

        assertThat(new VideoDevices(sys, dev).list()).containsExactly(
                new VideoDevice(dev.resolve("video0"), "HD Pro Webcam C920"),
                new VideoDevice(dev.resolve("video2"), null),
                new VideoDevice(dev.resolve("video10"), null));
    }

    @Test
    void saysClearlyThatThereIsNoDevice() throws IOException {
        UsbProbe probe = probeOn(Files.createDirectories(temp.resolve("dev")));

        ProbeResult result = probe.probe(target("usb:///dev/video0"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(result.reason()).isEqualTo(UsbProbe.NO_DEVICE);
        assertThat(probe.snapshot(target("usb:///dev/video0"))).isEmpty();
    }

    @Test
    void refusesADeviceThatIsNotListed() throws IOException {
        Path dev = Files.createDirectories(temp.resolve("dev"));
        Files.createFile(dev.resolve("video0"));

        ProbeResult result = probeOn(dev).probe(target("usb:///dev/../etc/passwd"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(result.reason()).isEqualTo("no such video device; present: [video0]");
    }

    @Test
    void thisHostHasNoVideoDevice() {
        ProbeResult result = new UsbProbe().probe(target("usb:///dev/video0"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    private UsbProbe probeOn(Path dev) {
        return new UsbProbe(new VideoDevices(temp.resolve("no-sysfs"), dev), new DeepProbe());
    }

    private static ProbeTarget target(String url) {
        return new ProbeTarget(url, null, null, Duration.ofSeconds(1));
    }
}
