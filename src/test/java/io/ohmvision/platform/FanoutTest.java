package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FanoutTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static List<Integer> numbers(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void resultsComeInTheItemsOrderWhateverOrderTheyFinishIn() {
        List<String> results = new Fanout(pool, 4).map(numbers(12), n -> {
            sleep(5L * (12 - n)); // the last items finish first
            return "r" + n;
        });

        assertThat(results).containsExactlyElementsOf(numbers(12).stream().map(n -> "r" + n).toList());
    }

    @Test
    void neverMoreThanTheBoundRunAtOnceAndTheyDoRunInParallel() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();

        new Fanout(pool, 3).map(numbers(15), n -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(20);
            return running.decrementAndGet();
        });

        assertThat(most.get()).isBetween(2, 3);
    }

    @Test
    void theCallerRunsEveryTaskItselfWhenThePoolRunsNone() {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = new Fanout(task -> { }, 4).map(numbers(5), n -> Thread.currentThread() == caller);

        assertThat(onCaller).containsOnly(true).hasSize(5);
    }

    @Test
    void theFirstFailureIsThrownAndLaterTasksAreNotStarted() {
        AtomicInteger started = new AtomicInteger();

        assertThatThrownBy(() -> new Fanout(pool, 1).map(numbers(10), n -> {
            started.incrementAndGet();
            if (n >= 2) {
                throw new IllegalStateException("failed on " + n);
            }
            return n;
        })).isInstanceOf(IllegalStateException.class).hasMessage("failed on 2");
        assertThat(started).hasValue(3);
    }

    @Test
    void withADeadlineLateAndFailedTasksGiveTheMissingValueAndTheCallerDoesNotWait() {
        long start = System.nanoTime();

        List<String> results = new Fanout(pool, 4).mapWithin(Duration.ofMillis(300), numbers(4), n -> {
            if (n == 1) {
                sleep(5_000);
            }
            if (n == 2) {
                throw new IllegalStateException("no answer");
            }
            return "r" + n;
        }, n -> "missing " + n);

        assertThat(results).containsExactly("r0", "missing 1", "missing 2", "r3");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void withADeadlineTasksNotStartedInTimeAreNeverStarted() {
        AtomicInteger started = new AtomicInteger();

        List<Integer> results = new Fanout(pool, 1).mapWithin(Duration.ofMillis(150), numbers(10), n -> {
            started.incrementAndGet();
            sleep(100);
            return n;
        }, n -> -1);

        sleep(300); // a task started late would have counted by now
        assertThat(results.get(0)).isZero();
        assertThat(results.subList(2, 10)).containsOnly(-1);
        assertThat(started.get()).isBetween(1, 2);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> new Fanout(pool, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
