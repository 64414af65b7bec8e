package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.catalog.control.CatalogLoader;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScanPortsTest {

    private final ScanPorts ports = new ScanPorts(CatalogLoader.loadDefault());

    @Test
    void defaultsAreEveryCatalogueDefaultPlusTheCommonCameraPortsAscending() {
        assertThat(ports.defaults()).isSorted().doesNotHaveDuplicates()
                .contains(80, 443, 554, 8554, 8000, 8080, 37777, 34567, 1935, 2020, 8899)
                .containsAll(CatalogLoader.loadDefault().defaultPorts().stream().map(p -> p.port()).toList());
        assertThat(ports.namesOf(554)).contains("rtsp");
        assertThat(ports.namesOf(8080)).contains("http");
        assertThat(ports.namesOf(1)).isEmpty();
    }

    @Test
    void requestedPortsAreCheckedAndRepeatsDropped() {
        assertThat(ports.check(Arrays.asList(554, 80, 554))).containsExactly(554, 80);
        assertThat(ports.check(null)).isEqualTo(ports.defaults());
        assertThat(ports.check(List.of())).isEqualTo(ports.defaults());
        assertThatThrownBy(() -> ports.check(List.of(80, 0))).isInstanceOf(ScanRefusedException.class)
                .hasMessage("ports are 1 to 65535, not 0");
        assertThatThrownBy(() -> ports.check(Arrays.asList(80, null))).hasMessage("ports are 1 to 65535, not null");
        assertThatThrownBy(() -> ports.check(IntStream.rangeClosed(1, 101).boxed().toList()))
                .hasMessage("at most 100 ports per scan, not 101");
    }
}
