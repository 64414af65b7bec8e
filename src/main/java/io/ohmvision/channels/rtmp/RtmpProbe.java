package io.ohmvision.channels.rtmp;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeRun;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DecodersBusy;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.VideoInput;

/**
 * The RTMP health probe: connect, play, and decode the first video frame through FFmpeg (JavaCV). RTMP says nothing
 * about the media before the first packets, so opening the stream is the cheapest way to learn codec and size.
 */
public final class RtmpProbe implements ChannelProbe {

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
        return ProbeRun.open(this, target, "URL", run -> firstFrame(target));
    }

    private ProbeResult firstFrame(ProbeTarget target) {
        try {
            return video.firstFrame(ConnectionType.RTMP, target, VideoInput.network(target)).probe();
        } catch (DecodersBusy busy) {
            return busy.asProbeResult(ConnectionType.RTMP, target);
        }
    }
}
