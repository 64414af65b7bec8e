package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The scheme table stays true to how URLs are probed ({@link ConnectionType#forUrl}). */
class ConnectionTypeTest {

    @ParameterizedTest
    @EnumSource(ConnectionType.class)
    void everySchemeATypeAcceptsIsOneAProbeTypeHandles(ConnectionType type) {
        assertThat(type.streamSchemes()).isNotEmpty();
        Stream.concat(type.streamSchemes().stream(), type.snapshotSchemes().stream()).forEach(scheme ->
                assertThat(ConnectionType.forUrl(StreamUrl.parse(scheme + "://h/x").orElseThrow()))
                        .as(type + " takes " + scheme).isPresent());
    }

    @Test
    void everySchemeAProbeHandlesBelongsToSomeType() {
        List<String> accepted = Arrays.stream(ConnectionType.values()).flatMap(t -> t.streamSchemes().stream())
                .toList();
        for (String scheme : List.of("rtsp", "rtsps", "rtmp", "rtmps", "http", "https", "file", "usb", "webhook",
                "nest")) {
            assertThat(ConnectionType.forUrl(StreamUrl.parse(scheme + "://h/x").orElseThrow())).isPresent();
            assertThat(accepted).contains(scheme);
        }
        assertThat(ConnectionType.forUrl(StreamUrl.parse("ftp://h/x").orElseThrow())).isEmpty();
    }

    @Test
    void aTypeReachedByTheUrlsItsDeviceGaveTakesBoth() {
        assertThat(ConnectionType.ONVIF.streamSchemes()).containsExactlyInAnyOrder("rtsp", "rtsps", "http", "https");
        assertThat(ConnectionType.RTSP.snapshotSchemes()).containsExactly("http", "https");
    }
}
