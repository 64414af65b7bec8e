package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.ReconnectMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks that end together are stored together, and each caller gets its own camera's outcome. */
class GroupCommitTest {

    private static final long DELETED = 404;
    private static final long POISONED = 13;

    private final List<List<Long>> transactions = Collections.synchronizedList(new ArrayList<>());
    /** While closed, every transaction waits: all writers busy. */
    private final CountDownLatch writersMayEnd = new CountDownLatch(1);
    private final CountDownLatch everyWriterBusy = new CountDownLatch(GroupCommit.WRITERS);
    private final ExecutorService checks = Executors.newFixedThreadPool(64);
    private GroupCommit commit;

    @BeforeEach
    void start() {
        commit = new GroupCommit();
        commit.recorder = new HealthRecorder() {
            @Override
            public List<Optional<HealthSnapshot>> recordAll(List<HealthWrite> writes) {
                List<Long> ids = writes.stream().map(HealthWrite::cameraId).toList();
                transactions.add(ids);
                everyWriterBusy.countDown();
                await(writersMayEnd);
                if (ids.contains(POISONED)) {
                    throw new IllegalStateException("constraint violated by camera " + POISONED);
                }
                return writes.stream().map(write -> write.cameraId() == DELETED ? Optional.<HealthSnapshot>empty()
                        : Optional.of(stateWithLatency(write.cameraId()))).toList();
            }
        };
        commit.start(Thread::new);
    }

    @AfterEach
    void stop() {
        writersMayEnd.countDown();
        commit.stop();
        checks.shutdownNow();
    }

    @Test
    void aLoneCheckIsWrittenAtOnceAndAlone() {
        writersMayEnd.countDown();

        assertThat(commit.store(write(7))).map(HealthSnapshot::lastLatencyMillis).contains(7L);
        assertThat(transactions).containsExactly(List.of(7L));
    }

    @Test
    void checksEndingWhileTheWritersAreBusyShareATransaction() throws Exception {
        occupyEveryWriter();
        List<Future<Optional<HealthSnapshot>>> stored = IntStream.rangeClosed(100, 159)
                .mapToObj(id -> checks.submit(() -> commit.store(write(id)))).toList();
        awaitQueued(60);
        writersMayEnd.countDown();

        for (int i = 0; i < stored.size(); i++) {
            assertThat(stored.get(i).get(10, TimeUnit.SECONDS)).as("camera %d's own state", 100 + i)
                    .map(HealthSnapshot::lastLatencyMillis).contains(100L + i);
        }
        assertThat(transactions.subList(GroupCommit.WRITERS, transactions.size()))
                .as("the 60 checks that waited, in at most one transaction per writer").hasSizeBetween(1,
                        GroupCommit.WRITERS)
                .flatMap(ids -> ids).hasSize(60);
    }

    @Test
    void aFailingBatchIsWrittenAgainOneByOneAndOnlyTheFailingCheckFails() throws Exception {
        occupyEveryWriter();
        Future<Optional<HealthSnapshot>> poisoned = checks.submit(() -> commit.store(write(POISONED)));
        List<Future<Optional<HealthSnapshot>>> others = IntStream.rangeClosed(20, 39)
                .mapToObj(id -> checks.submit(() -> commit.store(write(id)))).toList();
        Future<Optional<HealthSnapshot>> deleted = checks.submit(() -> commit.store(write(DELETED)));
        awaitQueued(22);
        writersMayEnd.countDown();

        for (int i = 0; i < others.size(); i++) {
            assertThat(others.get(i).get(10, TimeUnit.SECONDS)).map(HealthSnapshot::lastLatencyMillis)
                    .contains(20L + i);
        }
        assertThat(deleted.get(10, TimeUnit.SECONDS)).as("a camera deleted meanwhile").isEmpty();
        assertThatThrownBy(() -> poisoned.get(10, TimeUnit.SECONDS)).hasRootCauseMessage(
                "constraint violated by camera 13");
        assertThat(transactions).as("the poisoned camera was tried alone").contains(List.of(POISONED));
    }

    /**
     * One check per writer, each writer then held in its transaction until {@link #writersMayEnd} opens; one at a
     * time, or a writer could take several of them into one batch.
     */
    private void occupyEveryWriter() throws InterruptedException {
        for (int id = 1; id <= GroupCommit.WRITERS; id++) {
            long cameraId = id;
            checks.submit(() -> commit.store(write(cameraId)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (everyWriterBusy.getCount() > GroupCommit.WRITERS - id && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }
        assertThat(everyWriterBusy.await(10, TimeUnit.SECONDS)).as("every writer busy").isTrue();
    }

    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.queued() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static HealthWrite write(long cameraId) {
        return HealthWrite.checked(cameraId, new ProbeResult(ConnectionType.RTSP, "rtsp://192.0.2.10/main",
                Outcome.OK, 42, null, "answered", null));
    }

    /** A state that tells which camera it was stored for. */
    private static HealthSnapshot stateWithLatency(long millis) {
        return new HealthSnapshot(HealthLevel.EXCELLENT, null, null, null, null, 0, ReconnectMode.NONE, null, null,
                millis, Outcome.OK);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
