package io.ohmvision.discovery.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.discovery.detect.Candidate.Kind;
import io.ohmvision.discovery.detect.Candidate.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    private final List<CandidateResult> results = new ArrayList<>();

    private CandidateResult add(String path, Kind kind, Source source, Outcome outcome, long latency,
            Integer width, Integer height) {
        Candidate candidate = new Candidate("rtsp://192.0.2.10:554" + path, kind, source, null, path, null);
        ProbeResult result = outcome == null ? null : new ProbeResult(ConnectionType.RTSP,
                "rtsp://192.0.2.10:554" + path, outcome, latency,
                new MediaFacts(width == null ? null : "H.264", width, height, null, null), outcome.name(),
                ServerFingerprint.NONE);
        CandidateResult r = new CandidateResult(results.size(), candidate, candidate.url(), result);
        results.add(r);
        return r;
    }

    private CandidateResult stream(String path, Outcome outcome, long latency, Integer width, Integer height) {
        return add(path, Kind.STREAM, Source.CATALOGUE, outcome, latency, width, height);
    }

    @Test
    void mainIsTheHighestResolutionEvenWhenSlowerAndSubTheHighestBelowIt() {
        CandidateResult small = stream("/third", Outcome.OK, 1, 320, 180);
        CandidateResult big = stream("/main", Outcome.OK, 40, 1920, 1080);
        CandidateResult middle = stream("/sub", Outcome.OK, 5, 640, 360);

        CandidateRanking.Ranking ranking = CandidateRanking.rank(results);

        assertThat(ranking.main().result()).isSameAs(big);
        assertThat(ranking.sub().result()).isSameAs(middle);
        assertThat(ranking.ranked()).containsExactly(big, middle, small);
        assertThat(ranking.main().why()).contains("highest resolution of 3 working streams");
        assertThat(ranking.sub().why()).contains("below the main stream's 1920x1080").contains("2 lower streams");
    }

    @Test
    void successComesBeforeAnyResolutionOrLatency() {
        CandidateResult refused = stream("/big", Outcome.AUTH_FAILED, 1, null, null);
        CandidateResult working = stream("/small", Outcome.OK, 900, 320, 180);

        CandidateRanking.Ranking ranking = CandidateRanking.rank(results);

        assertThat(ranking.ranked()).containsExactly(working, refused);
        assertThat(ranking.main().result()).isSameAs(working);
        assertThat(ranking.main().why()).contains("the only stream that answered OK");
        assertThat(ranking.sub().chosen()).isEmpty();
        assertThat(ranking.sub().why()).contains("no working stream has a lower resolution");
    }

    @Test
    void equalResolutionsAreDecidedByLatencyThenByListOrder() {
        CandidateResult onvif = add("/onvif", Kind.STREAM, Source.ONVIF, Outcome.OK, 12, 640, 360);
        CandidateResult alias = stream("/alias", Outcome.OK, 3, 640, 360);
        CandidateResult sameAsAlias = stream("/alias2", Outcome.OK, 3, 640, 360);

        CandidateRanking.Ranking ranking = CandidateRanking.rank(results);

        assertThat(ranking.ranked()).containsExactly(alias, sameAsAlias, onvif);
        assertThat(ranking.main().why()).contains("fastest of the 3 with that resolution");
    }

    @Test
    void snapshotsAreChosenApartFromStreamsAndNeverAsMainOrSub() {
        CandidateResult snapshot = add("/snap.jpg", Kind.SNAPSHOT, Source.CATALOGUE, Outcome.OK, 2, 1920, 1080);
        CandidateResult main = stream("/main", Outcome.OK, 10, 640, 360);

        CandidateRanking.Ranking ranking = CandidateRanking.rank(results);

        assertThat(ranking.main().result()).isSameAs(main);
        assertThat(ranking.snapshot().result()).isSameAs(snapshot);
        assertThat(ranking.ranked()).containsExactly(main, snapshot);
    }

    @Test
    void failuresAreOrderedByWhatTheyTellThenNotTriedLast() {
        CandidateResult notTried = stream("/later", null, 0, null, null);
        CandidateResult notFound = stream("/nope", Outcome.NOT_FOUND, 1, null, null);
        CandidateResult timeout = stream("/slow", Outcome.TIMEOUT, 3000, null, null);
        CandidateResult wrongPassword = stream("/main", Outcome.AUTH_FAILED, 2, null, null);

        CandidateRanking.Ranking ranking = CandidateRanking.rank(results);

        assertThat(ranking.ranked()).containsExactly(wrongPassword, timeout, notFound, notTried);
        assertThat(ranking.main().chosen()).isEmpty();
        assertThat(ranking.main().why()).isEqualTo("no stream candidate answered OK");
        assertThat(ranking.snapshot().chosen()).isEmpty();
    }

    @Test
    void streamsWithoutAKnownSizeCannotBeTheSubStream() {
        CandidateResult main = stream("/main", Outcome.OK, 5, 640, 360);
        stream("/unknown", Outcome.OK, 1, null, null);

        CandidateRanking.Ranking ranking = CandidateRanking.rank(results);

        assertThat(ranking.main().result()).isSameAs(main);
        assertThat(ranking.sub().chosen()).isEmpty();
    }
}
