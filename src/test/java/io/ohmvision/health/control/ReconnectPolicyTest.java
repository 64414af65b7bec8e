package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.health.entity.HealthCause;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    private final ReconnectPolicy policy = ReconnectPolicy.DEFAULT;

    @Test
    void delaysGrowExponentiallyAndAreCapped() {
        assertThat(policy.delayBefore(1, HealthCause.TIMEOUT)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayBefore(5, HealthCause.TIMEOUT)).isEqualTo(Duration.ofSeconds(160));
        assertThat(policy.delayBefore(6, HealthCause.TIMEOUT)).isEqualTo(Duration.ofSeconds(300));
        assertThat(policy.delayBefore(60, HealthCause.TIMEOUT)).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void jitterStaysWithinItsFraction() {
        Duration delay = Duration.ofSeconds(100);
        assertThat(policy.withJitter(delay, () -> 0.0)).isEqualTo(Duration.ofSeconds(80));
        assertThat(policy.withJitter(delay, () -> 0.5)).isEqualTo(Duration.ofSeconds(100));
        assertThat(policy.withJitter(delay, () -> 0.999_999)).isBetween(Duration.ofSeconds(119),
                Duration.ofSeconds(120));
    }

    @Test
    void refusesAnInconsistentPolicy() {
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(10), Duration.ofSeconds(5), 5,
                Duration.ofMinutes(1), 2, 0.1)).hasMessageContaining("inconsistent");
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(10), Duration.ofSeconds(50), 5,
                Duration.ofMinutes(1), 2, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
