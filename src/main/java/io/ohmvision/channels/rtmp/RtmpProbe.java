package io.ohmvision.channels.rtmp;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.Verdict;
import io.ohmvision.channels.video.DecodersBusy;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.DeepProbeResult;
import io.ohmvision.channels.video.VideoInput;
import java.util.Set;

/**
 * The RTMP health probe: connect, play, and decode the first video frame through FFmpeg (JavaCV). RTMP says nothing
 * about the media before the first packets, so opening the stream is the cheapest way to learn codec and size.
 */
public final class RtmpProbe implements ChannelProbe {

    private static final Set<String> SCHEMES = Set.of("rtmp", "rtmps");

    private final DeepProbe video;

    public RtmpProbe() {
        this(new DeepProbe());
    }

    public RtmpProbe(DeepProbe video) {
        this.video = video;
    }

    @Override
    public ConnectionType type() {
        return ConnectionType.RTMP;
    }

    @Override
    public ProbeResult probe(ProbeTarget target) {
        if (!SCHEMES.contains(target.streamUrl().scheme())) {
            return DeepProbeResult.undecoded(ConnectionType.RTMP, target, 0,
                    new Verdict(Outcome.UNSUPPORTED, "not an rtmp:// or rtmps:// URL"), MediaFacts.NONE).probe();
        }
        try {
            return video.firstFrame(ConnectionType.RTMP, target, VideoInput.network(target)).probe();
        } catch (DecodersBusy busy) {
            return busy.asProbeResult(ConnectionType.RTMP, target);
        }
    }
}
