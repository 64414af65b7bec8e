package io.ohmvision.discovery.detect;

import io.ohmvision.channels.Outcome;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** One line over a device's candidates: "14 candidates: 1 OK, 3 wrong password, 10 not found". */
final class OutcomeSummary {

    private static final Map<Outcome, String> LABELS = new EnumMap<>(Map.of(
            Outcome.OK, "OK", Outcome.AUTH_FAILED, "wrong password", Outcome.NOT_FOUND, "not found",
            Outcome.BUSY, "busy", Outcome.TIMEOUT, "timed out", Outcome.REFUSED, "refused",
            Outcome.UNREACHABLE, "unreachable", Outcome.PROTOCOL_ERROR, "protocol error",
            Outcome.TLS_ERROR, "TLS error", Outcome.UNSUPPORTED, "unsupported"));

    private OutcomeSummary() {
    }

    /** Outcomes in their declared order, then the candidates not tried; counts of zero are left out. */
    public static String of(List<CandidateResult> results) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int notTried = 0;
        for (CandidateResult r : results) {
            if (r.tried()) {
                counts.merge(r.result().outcome(), 1, Integer::sum);
            } else {
                notTried++;
            }
        }
        String head = results.size() + (results.size() == 1 ? " candidate" : " candidates");
        if (results.isEmpty()) {
            return head;
        }
        StringJoiner parts = new StringJoiner(", ", head + ": ", "");
        counts.forEach((outcome, count) -> parts.add(count + " " + label(outcome)));
        if (notTried > 0) {
            parts.add(notTried + " not tried");
        }
        return parts.toString();
    }

    /** How an outcome reads in a sentence: "wrong password", "not found". */
    public static String label(Outcome outcome) {
        return LABELS.get(outcome);
    }
}
