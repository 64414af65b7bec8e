package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.CameraDetails;
import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.Outcome;
import io.ohmvision.health.entity.HealthCause;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.ReconnectMode;
import io.ohmvision.health.entity.Uptime;
import io.ohmvision.testing.StoredCameras;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FleetTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void countsLevelsListsOfflineCamerasAndOrdersOutagesNewestFirst() throws Exception {
        CameraState gate = state(1, "Gate", HealthLevel.EXCELLENT, null);
        CameraState yard = state(2, "Yard", HealthLevel.OFFLINE, NOW.minus(Duration.ofMinutes(5)));
        Fleet fleet = new Fleet(List.of(gate, yard), Map.of(
                1L, List.of(up(NOW.minus(Duration.ofHours(10)), NOW.minus(Duration.ofHours(3))),
                        down(NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2))),
                        up(NOW.minus(Duration.ofHours(2)), null)),
                2L, List.of(up(NOW.minus(Duration.ofHours(10)), NOW.minus(Duration.ofMinutes(5))),
                        down(NOW.minus(Duration.ofMinutes(5)), null))), NOW);

        assertThat(fleet.countsByLevel()).containsEntry(HealthLevel.EXCELLENT, 1L)
                .containsEntry(HealthLevel.OFFLINE, 1L).containsEntry(HealthLevel.GOOD, 0L);
        assertThat(fleet.offline()).containsExactly(yard);
        assertThat(fleet.uptimeOf(1)).isEqualTo(90.0);
        assertThat(fleet.outages(Duration.ofDays(1), 10)).extracting(Fleet.CameraOutage::cameraName)
                .containsExactly("Yard", "Gate");
        assertThat(fleet.outages(Duration.ofDays(1), 1)).hasSize(1);
        assertThat(fleet.outages(Duration.ofDays(1), 10).get(0).outage().ongoing()).isTrue();
        assertThat(fleet.worst(1)).extracting(u -> u.camera().camera().getName()).containsExactly("Gate");
    }

    private static CameraState state(long id, String name, HealthLevel level, Instant since)
            throws Exception {
        return new CameraState(CameraDetails.of(StoredCameras.withId(new Camera(name), id)), new HealthSnapshot(level,
                level == HealthLevel.OFFLINE ? HealthCause.REFUSED : null, null, since, null, 0, ReconnectMode.NONE,
                null, null, null, level == HealthLevel.OFFLINE ? Outcome.REFUSED : Outcome.OK), null);
    }

    private static Uptime.Interval up(Instant start, Instant end) {
        return new Uptime.Interval(true, null, null, start, end);
    }

    private static Uptime.Interval down(Instant start, Instant end) {
        return new Uptime.Interval(false, HealthCause.REFUSED, "connection refused", start, end);
    }
}
