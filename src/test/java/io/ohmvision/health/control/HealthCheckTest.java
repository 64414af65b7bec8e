package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.cameras.control.CameraAccess;
import io.ohmvision.cameras.control.CameraTargets;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.cameras.control.WatchedCamera;
import io.ohmvision.cameras.control.WatchedCameras;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DecodePool;
import io.ohmvision.channels.video.DecodersBusy;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.ReconnectMode;
import io.ohmvision.testing.MovableClock;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One check path: a scheduled check, check-now and a forced reconnect all store through the fault-tolerant store
 * (never the recorder directly), and all tell the schedule when the camera is due next.
 */
class HealthCheckTest {

    private static final long CAMERA = 7;
    private static final Duration INTERVAL = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock();
    private final SchedulerHeartbeat heartbeat = new SchedulerHeartbeat();
    private final List<String> stored = new ArrayList<>();
    private int failuresLeft;
    private int deferred;
    private int deepSkipped;
    private HealthCheck check;
    private CheckSchedule schedule;

    @BeforeEach
    void wire() {
        HealthSettings settings = new HealthSettings();
        settings.interval = INTERVAL;
        settings.checkTimeout = Duration.ofSeconds(5);
        settings.deepTimeout = Duration.ofSeconds(5);
        settings.tick = Duration.ofSeconds(1);
        schedule = new CheckSchedule();
        schedule.clock = clock;
        schedule.settings = settings;
        schedule.heartbeat = heartbeat;
        schedule.init();
        check = new HealthCheck();
        check.settings = settings;
        check.schedule = schedule;
        check.store = new FailingStore();
        check.channels = new ChannelTesting() {
            @Override
            public ProbeResult probe(CameraAccess camera, ProbeTarget target) {
                return new ProbeResult(ConnectionType.RTSP, target.url(), Outcome.OK, 42, null, "answered", null);
            }
        };
        check.targets = new CameraTargets() {
            @Override
            public ProbeTarget target(CameraAccess camera, String url, Duration timeout) {
                return new ProbeTarget(url, null, null, timeout);
            }

            @Override
            public void recordFirstUse(long cameraId, ProbeTarget target, ProbeResult result) {
            }
        };
        check.cameras = new WatchedCameras() {
            @Override
            public Optional<WatchedCamera> one(long cameraId) {
                return Optional.of(watched());
            }
        };
        check.statistics = new CheckStatistics() {
            @Override
            public void started(CheckLane lane, Duration lag) {
            }

            @Override
            public void finished(ProbeResult result) {
            }

            @Override
            public void deferredForBusyHost() {
                deferred++;
            }

            @Override
            public void deepCheckSkipped() {
                deepSkipped++;
            }
        };
        check.hosts = new SessionsPerHost(1, schedule::wake);
        schedule.replace(List.of(HealthRoster.Entry.of(watched())), Map.of());
    }

    private static WatchedCamera watched() {
        // no credentials and no connection settings: the stand-in targets never open any
        return new WatchedCamera(CAMERA, "rtsp://127.0.0.1/main", true,
                new CameraAccess(CAMERA, ConnectionType.RTSP, null, null, null, null));
    }

    /** Stands in for the fault-tolerant store: what it stores, and a failure for the first calls when asked. */
    private final class FailingStore extends ResilientHealthStore {

        @Override
        public Optional<HealthSnapshot> record(long cameraId, ProbeResult result) {
            return store("record " + cameraId + " " + result.outcome());
        }

        @Override
        public Optional<HealthSnapshot> forceReconnect(long cameraId) {
            return store("forceReconnect " + cameraId);
        }

        private Optional<HealthSnapshot> store(String what) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("database down");
            }
            stored.add(what);
            return Optional.of(new HealthSnapshot(HealthLevel.EXCELLENT, null, null, clock.instant(), null, 0,
                    ReconnectMode.NONE, null, clock.instant(), 42L, Outcome.OK));
        }
    }

    @Test
    void checkNowStoresThroughTheFaultTolerantStoreAndSchedulesTheNextCheck() {
        assertThat(check.now(CAMERA)).map(HealthSnapshot::level).contains(HealthLevel.EXCELLENT);
        assertThat(stored).containsExactly("record 7 OK");
        clock.advance(INTERVAL.plusSeconds(1));
        assertThat(schedule.takeDue(10, CheckLane.WATCH)).as("next check one interval on").hasSize(1);
    }

    @Test
    void aReconnectResetsTheBackoffThroughTheFaultTolerantStoreThenChecksTheSameWay() {
        assertThat(check.reconnect(CAMERA)).isPresent();
        assertThat(stored).containsExactly("forceReconnect 7", "record 7 OK");
    }

    @Test
    void checkNowTellsTheCallerWhenTheStoreStaysDown() {
        failuresLeft = 1;
        assertThatThrownBy(() -> check.now(CAMERA)).hasMessage("database down");
        assertThat(stored).isEmpty();
        assertThat(check.now(CAMERA)).as("the next attempt is stored").isPresent();
    }

    @Test
    void aScheduledCheckWhoseStoreFailsIsRetriedSoonWithNothingLost() {
        clock.advance(INTERVAL.plusSeconds(1));
        HealthRoster.Due due = schedule.takeDue(1, CheckLane.WATCH).get(0);
        failuresLeft = 1;
        check.scheduled(CheckLane.WATCH, due);
        assertThat(stored).isEmpty();
        clock.advance(HealthCheck.RETRY_AFTER_STORE_FAILURE);
        List<HealthRoster.Due> again = schedule.takeDue(1, CheckLane.WATCH);
        assertThat(again).hasSize(1);
        check.scheduled(CheckLane.WATCH, again.get(0));
        assertThat(stored).containsExactly("record 7 OK");
    }

    @Test
    void aScheduledCheckWhoseHostHasNoSessionLeftIsDeferredCountedAndWokenWhenItsHostFreesOne() {
        clock.advance(INTERVAL.plusSeconds(1));
        HealthRoster.Due due = schedule.takeDue(1, CheckLane.WATCH).get(0);
        try (SessionsPerHost.Permit other = check.hosts.open("rtsp://127.0.0.1/other").orElseThrow()) {
            check.scheduled(CheckLane.WATCH, due);
            assertThat(stored).as("not checked while its host is full").isEmpty();
            assertThat(deferred).isEqualTo(1);
            assertThat(schedule.takeDue(1, CheckLane.WATCH)).as("not again while the host stays full").isEmpty();
        }
        // the other session ended (the try): the deferred camera is due at once, ahead of the next tick
        check.scheduled(CheckLane.WATCH, schedule.takeDue(1, CheckLane.WATCH).get(0));
        assertThat(stored).containsExactly("record 7 OK");
        assertThat(check.hosts.openTo("rtsp://127.0.0.1/")).as("its session given back").isZero();
    }

    @Test
    void aDeepCheckThatFindsEveryDecoderBusyIsSkippedAndCountedAndTheLightResultStands() throws Exception {
        DecodersBusy busy = decodersBusy();
        check.deepProbe = target -> {
            throw busy;
        };
        schedule.replace(List.of(HealthRoster.Entry.of(watched())), Map.of());
        clock.advance(INTERVAL.plusSeconds(1));
        HealthRoster.Due due = schedule.takeDue(1, CheckLane.WATCH).get(0);
        check.scheduled(CheckLane.WATCH, new HealthRoster.Due(due.entry(), due.lag(), true));
        assertThat(deepSkipped).isEqualTo(1);
        assertThat(stored).containsExactly("record 7 OK");
    }

    /** What a pool of one decoder, held, answers the next decode: refused at once (no wait). */
    private static DecodersBusy decodersBusy() throws InterruptedException {
        DecodePool pool = new DecodePool(Thread::new, 1, 1, Duration.ZERO);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Thread holder = new Thread(() -> pool.call("held", DecodePool.Lane.CHECKS, Duration.ofMinutes(1), () -> {
                holding.countDown();
                await(release);
                return "done";
            }));
            holder.start();
            holding.await();
            try {
                pool.call("next", DecodePool.Lane.CHECKS, Duration.ofMinutes(1), () -> "never");
                throw new AssertionError("a second decode ran on a pool of one held decoder");
            } catch (DecodersBusy refused) {
                return refused;
            } finally {
                release.countDown();
                holder.join();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What makes the store fault-tolerant: every way in retries and breaks the circuit. */
    @Test
    void everyWriteOfTheStoreRetriesAndBreaksTheCircuit() {
        List<Method> writes = Arrays.stream(ResilientHealthStore.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).toList();
        assertThat(writes).extracting(Method::getName)
                .containsExactlyInAnyOrder("record", "recordFrozen", "forceReconnect");
        assertThat(writes).allSatisfy(m -> {
            assertThat(m.getAnnotation(Retry.class)).as(m.getName()).isNotNull();
            assertThat(m.getAnnotation(CircuitBreaker.class)).as(m.getName()).isNotNull();
        });
    }
}
