package io.ohmvision.cameras.control;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A probe tried again, at once, when the camera did not answer: a lost packet on a lossy link is not an outage.
 * Refused credentials, a wrong path or a busy camera are answers, and asking again would only count towards a
 * lockout or a session limit, so those are never retried.
 */
final class ProbeRetries {

    private static final Set<Outcome> NO_ANSWER = EnumSet.of(Outcome.TIMEOUT, Outcome.UNREACHABLE, Outcome.REFUSED);

    private ProbeRetries() {
    }

    /** The last result; a failure after several attempts says how many there were. */
    static ProbeResult run(Supplier<ProbeResult> probe, int retries) {
        ProbeResult result = probe.get();
        int attempts = 1;
        while (attempts <= retries && NO_ANSWER.contains(result.outcome())) {
            result = probe.get();
            attempts++;
        }
        if (attempts == 1 || result.outcome() == Outcome.OK) {
            return result;
        }
        return new ProbeResult(result.channel(), result.maskedUrl(), result.outcome(), result.latencyMillis(),
                result.media(), (result.reason() == null ? result.outcome().name() : result.reason()) + " (" + attempts
                + " attempts)", result.fingerprint());
    }
}
