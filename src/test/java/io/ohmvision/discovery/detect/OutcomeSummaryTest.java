package io.ohmvision.discovery.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ServerFingerprint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeSummaryTest {

    private static List<CandidateResult> results(Object... outcomesAndCounts) {
        List<CandidateResult> all = new ArrayList<>();
        for (int i = 0; i < outcomesAndCounts.length; i += 2) {
            Outcome outcome = (Outcome) outcomesAndCounts[i];
            for (int n = 0; n < (int) outcomesAndCounts[i + 1]; n++) {
                Candidate candidate = new Candidate("rtsp://192.0.2.1/" + all.size(), Candidate.Kind.STREAM,
                        Candidate.Source.CATALOGUE, null, "main", null);
                all.add(new CandidateResult(all.size(), candidate, candidate.url(), outcome == null ? null
                        : new ProbeResult(ConnectionType.RTSP, candidate.url(), outcome, 1, MediaFacts.NONE, "",
                        ServerFingerprint.NONE)));
            }
        }
        Collections.shuffle(all);
        return all;
    }

    @Test
    void countsEachOutcomeInDeclaredOrderWithTheIssuesWording() {
        assertThat(OutcomeSummary.of(results(Outcome.NOT_FOUND, 10, Outcome.AUTH_FAILED, 3, Outcome.OK, 1)))
                .isEqualTo("14 candidates: 1 OK, 3 wrong password, 10 not found");
    }

    @Test
    void candidatesNotTriedComeLastAndEmptyCountsAreLeftOut() {
        assertThat(OutcomeSummary.of(results(null, 17, Outcome.AUTH_FAILED, 3)))
                .isEqualTo("20 candidates: 3 wrong password, 17 not tried");
        assertThat(OutcomeSummary.of(results(Outcome.TIMEOUT, 1))).isEqualTo("1 candidate: 1 timed out");
        assertThat(OutcomeSummary.of(List.of())).isEqualTo("0 candidates");
    }

    @Test
    void everyOutcomeHasALabel() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(OutcomeSummary.label(outcome)).as(outcome.name()).isNotBlank();
        }
    }
}
