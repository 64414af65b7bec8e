package io.ohmvision.discovery.detect;

import io.ohmvision.channels.ProbeResult;
import java.util.Optional;

/**
 * What became of one candidate: the probe's result, or none because guessing had stopped before its turn.
 *
 * @param order     the candidate's place in the list (0 first), the last tie-breaker of the ranking
 * @param maskedUrl the URL as it may be shown: user name visible, password masked
 * @param result    null when the candidate was not tried
 */
record CandidateResult(int order, Candidate candidate, String maskedUrl, ProbeResult result) {

    public boolean tried() {
        return result != null;
    }

    public Optional<ProbeResult> probe() {
        return Optional.ofNullable(result);
    }
}
