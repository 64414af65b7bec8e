package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckWorkersTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Deque<Integer> due = new ArrayDeque<>();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private synchronized List<Integer> take(int max) {
        List<Integer> taken = new ArrayList<>();
        while (taken.size() < max && !due.isEmpty()) {
            taken.add(due.poll());
        }
        return taken;
    }

    @Test
    void oneWakeRunsEveryDueCheckNotOnlyAsManyAsTheCapacity() {
        IntStream.range(0, 100).forEach(due::add);
        List<Integer> checked = Collections.synchronizedList(new ArrayList<>());
        CheckWorkers<Integer> workers = new CheckWorkers<>(4, pool, this::take, checked::add);

        workers.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> checked.size() == 100 && workers.busy() == 0);
        assertThat(checked).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void neverMoreChecksAtOnceThanTheCapacityHowEverOftenItIsWoken() throws InterruptedException {
        IntStream.range(0, 40).forEach(due::add);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CheckWorkers<Integer> workers = new CheckWorkers<>(3, pool, this::take, check -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        });

        workers.wake();
        await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 3);
        workers.wake();
        workers.wake();
        assertThat(workers.busy()).isEqualTo(3);
        assertThat(due).hasSize(37);
        release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> due.isEmpty() && workers.busy() == 0);
        assertThat(mostAtOnce.get()).isEqualTo(3);
    }

    @Test
    void aWorkerWhoseCheckThrowsIsFreedForTheNextWake() {
        due.add(1);
        CheckWorkers<Integer> workers = new CheckWorkers<>(1, pool, this::take, check -> {
            throw new IllegalStateException("check failed outside its own handling");
        });

        workers.wake();

        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(5)).until(() -> workers.busy() == 0);
        due.add(2);
        workers.wake();
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(5))
                .until(() -> due.isEmpty() && workers.busy() == 0);
    }
}
