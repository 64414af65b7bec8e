package io.ohmvision.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.testing.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import io.ohmvision.testing.MovableClock;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger decodes = new AtomicInteger();

    /** A decode that counts itself and answers a picture naming the camera and the decode's number. */
    private Supplier<Optional<byte[]>> decodeOf(long cameraId) {
        return () -> Optional.of((cameraId + "#" + decodes.incrementAndGet()).getBytes());
    }

    private static String text(Optional<byte[]> picture) {
        return new String(picture.orElseThrow());
    }

    @Test
    void aPictureIsDecodedOnceWithinItsTimeToLiveAndAgainAfter() {
        SnapshotCache cache = new SnapshotCache(10, Duration.ofSeconds(60), clock);
        assertThat(text(cache.get(7, decodeOf(7)))).isEqualTo("7#1");
        clock.advance(Duration.ofSeconds(59));
        assertThat(text(cache.get(7, decodeOf(7)))).isEqualTo("7#1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(text(cache.get(7, decodeOf(7)))).isEqualTo("7#2");
        assertThat(decodes).hasValue(2);
    }

    @Test
    void itHoldsAtMostItsCapacityAndLetsTheOldestGo() {
        SnapshotCache cache = new SnapshotCache(2, Duration.ofSeconds(60), clock);
        for (long camera = 1; camera <= 3; camera++) {
            cache.get(camera, decodeOf(camera));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(cache.size()).isEqualTo(2);
        assertThat(text(cache.get(3, decodeOf(3)))).as("the newest is kept").isEqualTo("3#3");
        assertThat(text(cache.get(1, decodeOf(1)))).as("the oldest went").isEqualTo("1#4");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void noPictureIsKeptButAFailureIsNot() {
        SnapshotCache cache = new SnapshotCache(10, Duration.ofSeconds(60), clock);
        AtomicInteger dark = new AtomicInteger();
        Supplier<Optional<byte[]>> darkCamera = () -> {
            dark.incrementAndGet();
            return Optional.empty();
        };
        assertThat(cache.get(1, darkCamera)).isEmpty();
        assertThat(cache.get(1, darkCamera)).isEmpty();
        assertThat(dark).hasValue(1);

        Supplier<Optional<byte[]>> failing = () -> {
            throw new IllegalStateException("no URL");
        };
        assertThatThrownBy(() -> cache.get(2, failing)).isInstanceOf(IllegalStateException.class);
        assertThat(text(cache.get(2, decodeOf(2)))).isEqualTo("2#1");
    }

    @Test
    void aChangedCameraIsDecodedAgain() {
        SnapshotCache cache = new SnapshotCache(10, Duration.ofSeconds(60), clock);
        cache.get(5, decodeOf(5));
        cache.forget(5);
        assertThat(text(cache.get(5, decodeOf(5)))).isEqualTo("5#2");
    }

    @Test
    void concurrentRequestsForOneCameraShareOneDecode() throws Exception {
        SnapshotCache cache = new SnapshotCache(10, Duration.ofSeconds(60), clock);
        CountDownLatch decoding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Optional<byte[]>> slowDecode = () -> {
            decoding.countDown();
            await(release);
            return decodeOf(9).get();
        };
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Thread> threads = new ArrayList<>();
        try {
            List<Future<Optional<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread());
                    }
                    return cache.get(9, slowDecode);
                }));
                if (i == 0) {
                    await(decoding);
                }
            }
            // every other caller arrives while the first decode is still under way (a stuck test gives up)
            long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (threadsWaiting(threads) < callers) {
                assertThat(System.nanoTime()).as("callers waiting").isLessThan(giveUpAt);
                Thread.onSpinWait();
            }
            release.countDown();
            for (Future<Optional<byte[]>> answer : answers) {
                assertThat(text(answer.get())).isEqualTo("9#1");
            }
            assertThat(decodes).hasValue(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static int threadsWaiting(List<Thread> threads) {
        synchronized (threads) {
            return (int) threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
