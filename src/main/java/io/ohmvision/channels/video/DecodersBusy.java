package io.ohmvision.channels.video;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.Verdict;
import java.time.Duration;

/**
 * No decoder of this server became free in time ({@link DecodePool}): a fact about this server's load, not about the
 * camera, so it is not a probe result. The API answers it 503 with Retry-After, health checks skip and count it.
 */
public final class DecodersBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DecodersBusy(int decoders, Duration waited) {
        super("all " + decoders + " video decoders of this server were busy for " + waited.toMillis()
                + " ms; try again in " + DecodePool.RETRY_AFTER.toSeconds() + " s", null, false, false);
    }

    /** For probes, which answer every failure as a result: BUSY, with this server's reason. */
    public ProbeResult asProbeResult(ConnectionType channel, ProbeTarget target) {
        return DeepProbeResult.undecoded(channel, target, 0, new Verdict(Outcome.BUSY, getMessage()), MediaFacts.NONE)
                .probe();
    }

    public Duration retryAfter() {
        return DecodePool.RETRY_AFTER;
    }
}
