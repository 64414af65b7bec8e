package io.ohmvision.channels.webhook;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ServerFingerprint;
import java.time.Duration;
import java.time.Instant;

/**
 * The health of a camera that pushes instead of being polled: it is online while it keeps talking. Silence longer
 * than its allowance is a failure (TIMEOUT); the health state machine then takes it offline like any other camera.
 * Before the first push the allowance runs from when the receiver was set up.
 *
 * @param offlineAfter how long a camera may stay silent (its expected heartbeat plus slack)
 */
public record Heartbeat(Duration offlineAfter) {

    public Heartbeat {
        if (offlineAfter == null || offlineAfter.isNegative() || offlineAfter.isZero()) {
            throw new IllegalArgumentException("the allowed silence must be positive, got " + offlineAfter);
        }
    }

    /**
     * @param lastPush      null when the camera never pushed
     * @param watchingSince when the receiver was set up
     */
    public ProbeResult verdict(String receiverUrl, Instant lastPush, Instant watchingSince, Instant now) {
        Instant from = lastPush != null ? lastPush : watchingSince;
        Duration silence = Duration.between(from, now);
        if (silence.compareTo(offlineAfter) > 0) {
            String what = lastPush == null ? "no push received since the receiver was set up " + seconds(silence)
                    + " ago" : "last push " + seconds(silence) + " ago";
            return result(receiverUrl, Outcome.TIMEOUT, what + ", more than the allowed silence of "
                    + seconds(offlineAfter));
        }
        return result(receiverUrl, Outcome.OK, lastPush == null ? "waiting for the first push (receiver set up "
                + seconds(silence) + " ago)" : "last push " + seconds(silence) + " ago");
    }

    private static ProbeResult result(String url, Outcome outcome, String reason) {
        // nothing travels over the network: the check itself takes no time
        return new ProbeResult(ConnectionType.WEBHOOK, url, outcome, 0, MediaFacts.NONE, reason,
                ServerFingerprint.NONE);
    }

    private static String seconds(Duration duration) {
        return Math.max(0, duration.toSeconds()) + " s";
    }
}
