package io.ohmvision.cluster.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tells the operator about refused relayed messages without flooding the log: one line per sending member per
 * period, the first at once, the next one counting what was dropped silently meanwhile. The number of senders is bounded by
 * the cluster's members (addresses the data grid itself reports), not by what messages claim.
 */
final class RejectionLog {

    private final Clock clock;
    private final Duration period;
    private final Consumer<String> log;
    private final Map<String, Tally> bySender = new HashMap<>();

    /** When the sender was last reported, and how many were dropped silently since. */
    private record Tally(Instant reportedAt, long silenced) {
    }

    RejectionLog(Clock clock, Duration period, Consumer<String> log) {
        this.clock = clock;
        this.period = period;
        this.log = log;
    }

    synchronized void rejected(String sender, RelaySeal.Verdict why) {
        Instant now = clock.instant();
        Tally last = bySender.get(sender);
        if (last != null && now.isBefore(last.reportedAt().plus(period))) {
            bySender.put(sender, new Tally(last.reportedAt(), last.silenced() + 1));
            return;
        }
        bySender.put(sender, new Tally(now, 0));
        String since = last == null || last.silenced() == 0 ? ""
                : " (and " + last.silenced() + " more from it since the last report)";
        log.accept("Dropped a relayed message from member " + sender + since + ": " + describe(why)
                + " Reported at most every " + period.toMinutes() + " min per member.");
    }

    private static String describe(RelaySeal.Verdict why) {
        return switch (why) {
            case BAD_SIGNATURE -> "its signature does not match. Does that member have the same "
                    + "OHMVISION_CREDENTIALS_KEY?";
            case OUTSIDE_WINDOW -> "it was signed too long ago or in the future. Are the members' clocks in sync?";
            case REPLAYED -> "it was received before (a replay).";
            case MALFORMED -> "it is not a signed OhmVision message (a member of another version?).";
            case OK -> "it was accepted.";
        };
    }
}
