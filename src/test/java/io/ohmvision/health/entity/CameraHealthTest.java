package io.ohmvision.health.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CameraHealthTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void theUptimeIsDueWhenNeverComputedAndAgainOnceThePeriodHasPassed() {
        CameraHealth health = new CameraHealth(7);
        assertThat(health.uptimeDue(NOON, TEN_MINUTES)).as("never computed").isTrue();

        health.uptimeComputed(NOON);

        assertThat(health.uptimeDue(NOON.plusSeconds(60), TEN_MINUTES)).isFalse();
        assertThat(health.uptimeDue(NOON.plus(TEN_MINUTES).minusMillis(1), TEN_MINUTES)).isFalse();
        assertThat(health.uptimeDue(NOON.plus(TEN_MINUTES), TEN_MINUTES)).isTrue();
    }
}
