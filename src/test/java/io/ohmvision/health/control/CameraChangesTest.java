package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.cameras.control.WatchedCamera;
import io.ohmvision.cameras.control.WatchedCameras;
import io.ohmvision.cluster.control.ClusterMembership;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.testing.MovableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A camera change reaches the roster as that one camera: no camera list is read again. */
class CameraChangesTest {

    private static final Duration INTERVAL = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock();
    private final SchedulerHeartbeat heartbeat = new SchedulerHeartbeat();
    private final Map<Long, WatchedCamera> table = new HashMap<>();
    private int fullReads;
    private int singleReads;
    private CheckSchedule schedule;
    private CameraChanges changes;

    @BeforeEach
    void wire() {
        HealthSettings settings = new HealthSettings();
        settings.interval = INTERVAL;
        settings.enabled = true;
        schedule = new CheckSchedule();
        schedule.clock = clock;
        schedule.settings = settings;
        schedule.heartbeat = heartbeat;
        schedule.init();
        changes = new CameraChanges();
        changes.schedule = schedule;
        changes.settings = settings;
        changes.cameras = new WatchedCameras() {
            @Override
            public List<WatchedCamera> all() {
                fullReads++;
                return table.values().stream().filter(WatchedCamera::watched).toList();
            }

            @Override
            public Optional<WatchedCamera> one(long cameraId) {
                singleReads++;
                return Optional.ofNullable(table.get(cameraId));
            }
        };
        changes.cluster = new ClusterMembership() {
            @Override
            public boolean owns(long key) {
                return key != 1099; // another member's
            }
        };
        changes.recorder = new HealthRecorder() {
            @Override
            public Optional<HealthSnapshot> current(long cameraId) {
                return Optional.empty();
            }
        };
        for (long id = 1; id <= 1000; id++) {
            table.put(id, camera(id, true));
        }
        schedule.replace(table.values().stream().map(HealthRoster.Entry::of).toList(), Map.of());
    }

    private static WatchedCamera camera(long id, boolean enabled) {
        return new WatchedCamera(id, "rtsp://127.0.0.1/" + id, enabled, null);
    }

    private void change(long id) {
        changes.changed(new CameraChanged(id, false));
    }

    @Test
    void aCreatedCameraJoinsTheRosterAndIsCheckedWithinAnInterval() {
        table.put(1001L, camera(1001, true));
        change(1001);
        assertThat(schedule.size()).isEqualTo(1001);
        assertThat(heartbeat.monitored()).as("the status shows it at once").isEqualTo(1001);
        clock.advance(INTERVAL);
        assertThat(takeAll()).contains(1001L);
        assertThat(fullReads).isZero();
        assertThat(singleReads).isEqualTo(1);
    }

    @Test
    void aDeletedOrDisabledCameraLeavesTheRosterAndIsNotCheckedAgain() {
        table.remove(5L);
        change(5);
        table.put(6L, camera(6, false));
        change(6);
        assertThat(schedule.size()).isEqualTo(998);
        assertThat(heartbeat.monitored()).isEqualTo(998);
        clock.advance(INTERVAL);
        assertThat(takeAll()).hasSize(998).doesNotContain(5L, 6L);
        assertThat(fullReads).isZero();
    }

    @Test
    void aChangedCameraIsCheckedAtItsNewAddressAndKeepsItsSlot() {
        table.put(7L, new WatchedCamera(7, "rtsp://127.0.0.2/moved", true, null));
        change(7);
        clock.advance(INTERVAL);
        List<HealthRoster.Due> due = schedule.takeDue(Integer.MAX_VALUE, CheckLane.WATCH);
        assertThat(due).hasSize(1000);
        assertThat(due).filteredOn(d -> d.entry().cameraId() == 7).singleElement()
                .satisfies(d -> assertThat(d.entry().url()).isEqualTo("rtsp://127.0.0.2/moved"));
        assertThat(fullReads).isZero();
    }

    @Test
    void aCameraAnotherMemberOwnsIsNotWatchedHere() {
        table.put(1099L, camera(1099, true));
        change(1099);
        assertThat(schedule.size()).isEqualTo(1000);
    }

    @Test
    void withMonitoringOffTheRosterStaysEmpty() {
        settings().enabled = false;
        table.put(1001L, camera(1001, true));
        change(1001);
        assertThat(schedule.size()).isEqualTo(1000);
        assertThat(singleReads).isZero();
    }

    private HealthSettings settings() {
        return changes.settings;
    }

    private List<Long> takeAll() {
        return schedule.takeDue(Integer.MAX_VALUE, CheckLane.WATCH).stream().map(d -> d.entry().cameraId()).toList();
    }
}
