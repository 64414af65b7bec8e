package io.ohmvision.channels.video;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.Verdict;
import java.util.Optional;

/**
 * A probe that decoded the stream: the common result plus what only decoding tells.
 *
 * @param probe                  outcome, reason, latency and media facts as every probe reports them
 * @param timeToFirstFrameMillis from the start of the probe to the first decoded video frame; null without one
 * @param measuredFps            frames delivered per second over the window; null when not measured
 * @param frozen                 the last frames of the window showed the same picture
 * @param snapshotJpeg           the first decoded frame as JPEG; null without one
 */
public record DeepProbeResult(ProbeResult probe, Long timeToFirstFrameMillis, Double measuredFps, boolean frozen,
                              byte[] snapshotJpeg) {

    public static DeepProbeResult without(ProbeResult probe) {
        return new DeepProbeResult(probe, null, null, false, null);
    }

    /** A probe that decoded nothing: refused before opening, or failed while opening. */
    public static DeepProbeResult undecoded(ConnectionType channel, ProbeTarget target, long latencyMillis,
                                            Verdict verdict, MediaFacts media) {
        return without(new ProbeResult(channel, target.maskedUrl(), verdict.outcome(), latencyMillis, media,
                verdict.reason(), null));
    }

    public Optional<byte[]> snapshot() {
        return Optional.ofNullable(snapshotJpeg);
    }
}
