package io.ohmvision.channels.video;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import java.util.Optional;
import java.util.function.Function;

/**
 * Probes an input on this host (a file, a capture device) after a local check decided that it may be opened. The
 * connection types differ only in that check, which each subclass supplies.
 */
public abstract class LocalVideoProbe implements ChannelProbe {

    private final ConnectionType channel;
    private final Function<ProbeTarget, Admission> check;
    private final DeepProbe video;

    protected LocalVideoProbe(ConnectionType channel, Function<ProbeTarget, Admission> check, DeepProbe video) {
        this.channel = channel;
        this.check = check;
        this.video = video;
    }

    @Override
    public final ConnectionType type() {
        return channel;
    }

    /** Open and first frame: the health probe. All decoders busy is answered BUSY, as probes never throw. */
    @Override
    public final ProbeResult probe(ProbeTarget target) {
        try {
            return decode(target, false).probe();
        } catch (DecodersBusy busy) {
            return busy.asProbeResult(channel, target);
        }
    }

    /**
     * First frame, then the fps window: time to first frame, fps, frozen picture, snapshot.
     *
     * @throws DecodersBusy as {@link #snapshot}, when no decoder became free in time
     */
    public final DeepProbeResult deepProbe(ProbeTarget target) {
        return decode(target, true);
    }

    public final Optional<byte[]> snapshot(ProbeTarget target) {
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
