package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.TlsTrust;
import org.junit.jupiter.api.Test;

class TlsSettingsTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void readsTheTrustModes() {
        assertThat(TlsSettings.trustOf(null)).isEqualTo(TlsTrust.SYSTEM);
        assertThat(TlsSettings.trustOf("{\"rtspTransport\":\"tcp\"}")).isEqualTo(TlsTrust.SYSTEM);
        assertThat(TlsSettings.trustOf("{\"tls\":{\"trust\":\"first-use\"}}")).isEqualTo(TlsTrust.TRUST_ON_FIRST_USE);
        assertThat(TlsSettings.trustOf("{\"tls\":{\"trust\":\"pinned\",\"sha256\":\"" + SHA + "\"}}"))
                .isEqualTo(TlsTrust.pinned(SHA));
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> TlsSettings.trustOf("{\"tls\":{\"trust\":\"blind\"}}"))
                .hasMessageContaining("connectionConfig.tls.trust 'blind' is not one of");
        assertThatThrownBy(() -> TlsSettings.trustOf("{\"tls\":\"yes\"}")).hasMessageContaining("must be an object");
        assertThatThrownBy(() -> TlsSettings.trustOf("{\"tls\":{\"trust\":\"pinned\",\"sha256\":\"12\"}}"))
                .hasMessageContaining("64 hex digits");
    }

    @Test
    void pinningKeepsTheOtherSettings() {
        String pinned = TlsSettings.pin("{\"rtspTransport\":\"tcp\",\"tls\":{\"trust\":\"first-use\"}}", SHA);
        assertThat(pinned).contains("\"rtspTransport\":\"tcp\"");
        assertThat(TlsSettings.trustOf(pinned)).isEqualTo(TlsTrust.pinned(SHA));
    }
}
