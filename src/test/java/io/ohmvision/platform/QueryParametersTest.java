package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.ConnectionType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void parsesOrExplains() {
        assertThat(QueryParameters.integer("size", null, 50, 1, 500)).isEqualTo(50);
        assertThat(QueryParameters.integer("size", " 7 ", 50, 1, 500)).isEqualTo(7);
        assertThatThrownBy(() -> QueryParameters.integer("size", "501", 50, 1, 500))
                .hasMessageContaining("size must be between 1 and 500");
        assertThat(QueryParameters.bool("enabled", "TRUE")).contains(true);
        assertThat(QueryParameters.oneOf("connectionType", "RTSP", ConnectionType::fromWireName, "x"))
                .contains(ConnectionType.RTSP);
        assertThat(QueryParameters.oneOf("connectionType", "", ConnectionType::fromWireName, "x"))
                .isEqualTo(Optional.empty());
        assertThatThrownBy(() -> QueryParameters.oneOf("connectionType", "fax", ConnectionType::fromWireName,
                "rtsp, hls")).hasMessageContaining("'fax' is not one of rtsp, hls");
    }
}
