package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeviceClockTest {

    @Test
    void mentionsOnlyANotableSkew() {
        assertThat(DeviceClock.measured(Duration.ofMillis(4_900)).describe()).isEmpty();
        assertThat(DeviceClock.measured(Duration.ofMillis(3_599_600)).describe()).isEqualTo("device clock 3600 s ahead");
        assertThat(DeviceClock.measured(Duration.ofSeconds(-90)).describe()).isEqualTo("device clock 90 s behind");
    }

    @Test
    void saysWhenTheSkewWasWhatMadeTheDeviceRefuse() {
        assertThat(DeviceClock.measured(Duration.ofHours(1)).rejectingUncorrectedTokens().describe())
                .isEqualTo("device clock 3600 s ahead (it rejected tokens dated on our clock; corrected by the offset)");
    }
}
