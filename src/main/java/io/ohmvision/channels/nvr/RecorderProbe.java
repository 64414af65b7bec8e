package io.ohmvision.channels.nvr;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.rtsp.RtspProbe;
import java.util.EnumSet;
import java.util.Set;

/**
 * Is the recorder itself there? One RTSP request to its service root ({@code rtsp://host:port/}): any RTSP answer,
 * even 404 or 401 for a path that is no channel, means the device is up; only a connection that fails or an answer
 * that is not RTSP means it is down. What its channels deliver is each channel's own check.
 */
public final class RecorderProbe implements ChannelProbe {

    /** The device answered RTSP, whatever it thought of the path or the credentials. */
    private static final Set<Outcome> ANSWERED = EnumSet.of(Outcome.OK, Outcome.NOT_FOUND, Outcome.AUTH_FAILED,
            Outcome.BUSY, Outcome.UNSUPPORTED);

    private final RtspProbe rtsp = new RtspProbe();

    @Override
    public ConnectionType type() {
        return ConnectionType.NVR;
    }

    @Override
    public ProbeResult probe(ProbeTarget target) {
        ProbeResult root = rtsp.probe(target);
        boolean up = ANSWERED.contains(root.outcome());
        return new ProbeResult(ConnectionType.NVR, root.maskedUrl(), up ? Outcome.OK : root.outcome(),
                root.latencyMillis(), root.media(), up ? "recorder answers RTSP (" + root.reason() + ")"
                        : root.reason(), root.fingerprint());
    }

    /** Whether a channel's failure could mean its recorder is gone (as opposed to the channel's own trouble). */
    public static boolean mayBeRecorderDown(Outcome channelOutcome) {
        return channelOutcome == Outcome.TIMEOUT || channelOutcome == Outcome.REFUSED
                || channelOutcome == Outcome.UNREACHABLE;
    }
}
