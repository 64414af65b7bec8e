package io.ohmvision.discovery.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CandidateProbingTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static List<Candidate> candidates(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Candidate("rtsp://192.0.2.1:554/path" + i,
                Candidate.Kind.STREAM, Candidate.Source.CATALOGUE, null, "main", null)).toList();
    }

    private static ProbeResult answer(ProbeTarget target, Outcome outcome) {
        return new ProbeResult(ConnectionType.RTSP, target.maskedUrl(), outcome, 1, MediaFacts.NONE, outcome.name(),
                ServerFingerprint.NONE);
    }

    @Test
    void aWrongPasswordStopsGuessingAfterTheLimitEvenWithManyProbesInParallel() {
        AtomicInteger asked = new AtomicInteger();
        Function<ProbeTarget, ProbeResult> device = target -> {
            asked.incrementAndGet();
            sleep(20);
            return answer(target, Outcome.AUTH_FAILED);
        };

        List<CandidateResult> results = new CandidateProbing(device, executor, 8, Duration.ofSeconds(1))
                .probeAll(candidates(20), "admin", "wrong", new LockoutGuard(3));

        assertThat(asked).hasValue(3);
        assertThat(results).hasSize(20);
        assertThat(results.stream().filter(CandidateResult::tried)).hasSize(3);
        assertThat(results).extracting(CandidateResult::order).containsExactlyElementsOf(
                IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void everyCandidateIsProbedWithBoundedConcurrency() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Function<ProbeTarget, ProbeResult> device = target -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(20);
            running.decrementAndGet();
            return answer(target, target.url().endsWith("path0") ? Outcome.OK : Outcome.NOT_FOUND);
        };

        List<CandidateResult> results = new CandidateProbing(device, executor, 4, Duration.ofSeconds(1))
                .probeAll(candidates(16), "admin", "right", new LockoutGuard(3));

        assertThat(results).allMatch(CandidateResult::tried);
        assertThat(most.get()).isBetween(2, 4);
    }

    @Test
    void urlsShownMaskThePasswordAndTheProbeGetsItBesideTheUrl() {
        Function<ProbeTarget, ProbeResult> device = target -> {
            assertThat(target.url()).doesNotContain("s3cret");
            assertThat(target.password()).isEqualTo("s3cret");
            return answer(target, Outcome.OK);
        };

        List<CandidateResult> results = new CandidateProbing(device, executor, 2, Duration.ofSeconds(1))
                .probeAll(candidates(2), "admin", "s3cret", new LockoutGuard(3));

        assertThat(results).extracting(CandidateResult::maskedUrl)
                .allMatch(url -> url.startsWith("rtsp://admin:***@") && !url.contains("s3cret"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
