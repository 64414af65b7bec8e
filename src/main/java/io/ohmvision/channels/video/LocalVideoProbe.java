package io.ohmvision.channels.video;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import java.util.Optional;
import java.util.function.Function;

/** Probes an input on this host (a file, a capture device) after a local check decided that it may be opened. */
public final class LocalVideoProbe {

    private final ConnectionType channel;
    private final Function<ProbeTarget, Admission> check;
    private final DeepProbe video;

    public LocalVideoProbe(ConnectionType channel, Function<ProbeTarget, Admission> check, DeepProbe video) {
        this.channel = channel;
        this.check = check;
        this.video = video;
    }

    /** Open and first frame: the health probe. */
    public ProbeResult probe(ProbeTarget target) {
        return decode(target, false).probe();
    }

    /** First frame, then the fps window: time to first frame, fps, frozen picture, snapshot. */
    public DeepProbeResult deepProbe(ProbeTarget target) {
        return decode(target, true);
    }

    public Optional<byte[]> snapshot(ProbeTarget target) {
        return decode(target, false).snapshot();
    }

    private DeepProbeResult decode(ProbeTarget target, boolean watch) {
        Admission admission = check.apply(target);
        if (admission.refusal() != null) {
            return DeepProbeResult.undecoded(channel, target, 0, admission.refusal(), MediaFacts.NONE);
        }
        return watch ? video.probe(channel, target, admission.input())
                : video.firstFrame(channel, target, admission.input());
    }
}
