package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeSettingsTest {

    @Test
    void aCamerasOwnTimeoutAndRetriesReplaceTheDefaults() {
        ProbeSettings settings = ProbeSettings.of("""
                {"timeoutMs": 2500, "retries": 2, "tls": {"trust": "first-use"}}""");

        assertThat(settings.timeoutOr(Duration.ofSeconds(10))).isEqualTo(Duration.ofMillis(2500));
        assertThat(settings.retries()).isEqualTo(2);
    }

    @Test
    void withoutThemTheCallersDefaultHoldsAndNothingIsRetried() {
        for (String config : new String[] {null, "{}", "{\"timeoutMs\": null}"}) {
            ProbeSettings settings = ProbeSettings.of(config);
            assertThat(settings.timeoutOr(Duration.ofSeconds(10))).as(config).isEqualTo(Duration.ofSeconds(10));
            assertThat(settings.retries()).as(config).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"timeoutMs\": 99}|connectionConfig.timeoutMs must be a whole number from 100 to 30000, not 99",
            "{\"timeoutMs\": 30001}|connectionConfig.timeoutMs must be a whole number from 100 to 30000",
            "{\"timeoutMs\": 1500.5}|not 1500.5",
            "{\"timeoutMs\": \"3s\"}|not \"3s\"",
            "{\"timeoutMs\": 99999999999999999999999}|not 99999999999999999999999",
            "{\"retries\": -1}|connectionConfig.retries must be a whole number from 0 to 3, not -1",
            "{\"retries\": 4}|connectionConfig.retries must be a whole number from 0 to 3, not 4",
            "{\"retries\": true}|not true"})
    void valuesOutsideTheBoundsAreRefusedNamingTheField(String config, String message) {
        assertThatThrownBy(() -> ProbeSettings.of(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aStoredRowFromBeforeTheCheckFallsBackToTheDefaults() {
        assertThat(ProbeSettings.stored("{\"retries\": 40}")).isEqualTo(ProbeSettings.DEFAULT);
        assertThat(ProbeSettings.stored("not json")).isEqualTo(ProbeSettings.DEFAULT);
    }
}
