package io.ohmvision.health.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.testing.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FleetStatusCacheTest {

    private final MovableClock clock = new MovableClock();
    private final FleetStatusCache cache = new FleetStatusCache(clock, Duration.ofSeconds(1));
    private final AtomicInteger computed = new AtomicInteger();

    /** A status that counts its computations and carries their number (as its total of checks). */
    private final Supplier<HealthViews.FleetStatus> fleet = () -> status(computed.incrementAndGet());

    private static HealthViews.FleetStatus status(long number) {
        return new HealthViews.FleetStatus(0, 0, 0, Map.of(), null, null, List.of(), List.of(), 0, number, 0, 0,
                true, 60, "node", null, null);
    }

    @Test
    void manyConcurrentCallersWithinAPeriodCostOneComputation() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService viewers = Executors.newFixedThreadPool(16);
        try {
            List<Future<HealthViews.FleetStatus>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(viewers.submit(() -> {
                    start.await();
                    return cache.get(fleet);
                }));
            }
            start.countDown();
            for (Future<HealthViews.FleetStatus> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).checksTotal()).isEqualTo(1);
            }
        } finally {
            viewers.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void theStatusIsComputedAgainOnceThePeriodHasPassed() {
        cache.get(fleet);
        clock.advance(Duration.ofMillis(999));
        assertThat(cache.get(fleet).checksTotal()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.get(fleet).checksTotal()).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aFailedComputationIsNotKept() {
        assertThatThrownBy(() -> cache.get(() -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(cache.get(fleet).checksTotal()).isEqualTo(1);
    }
}
