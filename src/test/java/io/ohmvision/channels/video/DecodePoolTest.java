package io.ohmvision.channels.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ohmvision.channels.video.DecodePool.Lane;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecodePoolTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final Duration SHORT_WAIT = Duration.ofMillis(50);

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger started = new AtomicInteger();
    private final List<Thread> callers = new ArrayList<>();
    private final List<Object> answers = new CopyOnWriteArrayList<>();
    private DecodePool pool;

    @AfterEach
    void end() throws InterruptedException {
        release.countDown();
        for (Thread caller : callers) {
            caller.join(LONG.toMillis());
        }
        pool.shutdown();
    }

    /** A decode that counts its start and holds its decoder until the test releases it. */
    private Supplier<String> blocked(String answer) {
        return () -> {
            started.incrementAndGet();
            try {
                release.await(LONG.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        };
    }

    /** Calls on a thread of its own; answers (or the refusal) land in {@link #answers}. */
    private Thread callInBackground(Object key, Lane lane, Supplier<String> work) {
        Thread caller = new Thread(() -> {
            try {
                answers.add(pool.call(key, lane, LONG, work).orElse("late"));
            } catch (DecodersBusy busy) {
                answers.add(busy);
            }
        });
        callers.add(caller);
        caller.start();
        return caller;
    }

    private static void awaitWaiting(Thread caller) {
        await().atMost(LONG).until(() -> caller.getState() == Thread.State.TIMED_WAITING);
    }

    @Test
    void concurrentCallsForOneDecodeShareItAndTheDecodeRunsOnce() {
        pool = new DecodePool(Thread::new, 2, 2, SHORT_WAIT);
        callInBackground("camera 7", Lane.REQUESTS, blocked("picture"));
        await().atMost(LONG).until(() -> started.get() == 1);
        for (int i = 0; i < 9; i++) {
            awaitWaiting(callInBackground("camera 7", Lane.REQUESTS, blocked("another picture")));
        }
        assertThat(pool.busy()).as("ten callers, one decoder").isEqualTo(1);

        release.countDown();
        await().atMost(LONG).until(() -> answers.size() == 10);
        assertThat(answers).containsOnly("picture");
        assertThat(started).as("decodes run").hasValue(1);
        assertThat(pool.refused()).isZero();
    }

    @Test
    void aDecodeThatFindsEveryDecoderBusyIsRefusedAndCounted() {
        pool = new DecodePool(Thread::new, 2, 2, SHORT_WAIT);
        callInBackground("camera 1", Lane.CHECKS, blocked("one"));
        callInBackground("camera 2", Lane.CHECKS, blocked("two"));
        await().atMost(LONG).until(() -> started.get() == 2);

        assertThatThrownBy(() -> pool.call("camera 3", Lane.CHECKS, LONG, blocked("three")))
                .isInstanceOf(DecodersBusy.class).hasMessageContaining("all 2 video decoders")
                .hasMessageContaining("try again in 2 s");
        assertThat(pool.refused()).isEqualTo(1);
        assertThat(started).as("the refused decode never ran").hasValue(2);
    }

    @Test
    void requestsHoldOnlyTheirShareSoThatChecksStillFindADecoder() {
        pool = new DecodePool(Thread::new, 3, 1, SHORT_WAIT);
        callInBackground("camera 1", Lane.REQUESTS, blocked("one"));
        await().atMost(LONG).until(() -> started.get() == 1);

        assertThatThrownBy(() -> pool.call("camera 2", Lane.REQUESTS, LONG, blocked("two")))
                .isInstanceOf(DecodersBusy.class).hasMessageContaining("all 1 video decoders");
        callInBackground("camera 3", Lane.CHECKS, blocked("three"));
        callInBackground("camera 4", Lane.CHECKS, blocked("four"));
        await().atMost(LONG).until(() -> started.get() == 3);
        assertThat(pool.busy()).isEqualTo(3);
    }

    @Test
    void aFailedDecodeFreesItsDecoderAndIsNotShared() {
        pool = new DecodePool(Thread::new, 1, 1, SHORT_WAIT);
        assertThatThrownBy(() -> pool.call("camera 1", Lane.REQUESTS, LONG, () -> {
            throw new IllegalArgumentException("native crash stand-in");
        })).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("native crash stand-in");

        assertThat(pool.busy()).isZero();
        assertThat(pool.call("camera 1", Lane.REQUESTS, LONG, () -> "picture")).contains("picture");
    }

    @Test
    void aCallerWalksAwayAtItsDeadlineButTheAbandonedDecodeHoldsItsDecoderUntilItEnds() {
        pool = new DecodePool(Thread::new, 1, 1, SHORT_WAIT);

        Optional<String> answer = pool.call("camera 1", Lane.REQUESTS, Duration.ofMillis(20), blocked("late picture"));

        assertThat(answer).isEmpty();
        assertThat(pool.busy()).as("the abandoned decode still runs").isEqualTo(1);
        assertThatThrownBy(() -> pool.call("camera 2", Lane.REQUESTS, LONG, () -> "other"))
                .isInstanceOf(DecodersBusy.class);
        assertThat(pool.threads()).isEqualTo(1);

        release.countDown();
        await().atMost(LONG).until(() -> pool.busy() == 0);
        assertThat(pool.call("camera 2", Lane.REQUESTS, LONG, () -> "other")).contains("other");
    }

    @Test
    void aFlowOfDistinctDecodesNeverGrowsThreadsBeyondTheSize() {
        pool = new DecodePool(Thread::new, 4, 4, SHORT_WAIT);
        for (int camera = 0; camera < 40; camera++) {
            callInBackground("camera " + camera, Lane.CHECKS, blocked("picture " + camera));
        }
        await().atMost(LONG).until(() -> answers.size() == 36);

        assertThat(answers).allMatch(DecodersBusy.class::isInstance);
        assertThat(pool.threads()).isEqualTo(4);
        assertThat(pool.busy()).isEqualTo(4);
        assertThat(pool.refused()).isEqualTo(36);
        release.countDown();
        await().atMost(LONG).until(() -> answers.size() == 40);
        assertThat(started).hasValue(4);
    }

    @Test
    void aPoolGivesRequestsBetweenOneAndAllOfItsDecoders() {
        assertThatThrownBy(() -> new DecodePool(Thread::new, 2, 3, SHORT_WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecodePool(Thread::new, 0, 0, SHORT_WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        pool = new DecodePool(Thread::new, 1, 1, SHORT_WAIT);
    }
}
