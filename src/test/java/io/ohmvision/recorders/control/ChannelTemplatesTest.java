package io.ohmvision.recorders.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import org.junit.jupiter.api.Test;

/** Recorder channel numbering comes from the catalogue's nvr templates, vendor by vendor. */
class ChannelTemplatesTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();

    private static ChannelTemplates of(String manufacturer) {
        return ChannelTemplates.of(CATALOG, manufacturer).orElseThrow();
    }

    @Test
    void hikvisionNumbersStreamsChannelTimesHundredPlusStream() {
        ChannelTemplates hikvision = of("hikvision");
        assertThat(hikvision.defaultPort()).isEqualTo(554);
        assertThat(hikvision.mainUrl("10.0.0.5", 554, 2)).isEqualTo("rtsp://10.0.0.5:554/Streaming/Channels/201");
        assertThat(hikvision.subUrl("10.0.0.5", 554, 10)).contains("rtsp://10.0.0.5:554/Streaming/Channels/1002");
    }

    @Test
    void otherVendorsNumberingIsTheirs() {
        assertThat(of("dahua").mainUrl("h", 554, 3)).isEqualTo("rtsp://h:554/cam/realmonitor?channel=3&subtype=0");
        assertThat(of("dahua").subUrl("h", 554, 3)).contains("rtsp://h:554/cam/realmonitor?channel=3&subtype=1");
        assertThat(of("uniview").mainUrl("h", 554, 4)).isEqualTo("rtsp://h:554/unicast/c4/s0/live");
        assertThat(of("uniview").subUrl("h", 554, 4)).contains("rtsp://h:554/unicast/c4/s1/live");
        assertThat(of("hanwha").mainUrl("h", 558, 1)).isEqualTo("rtsp://h:558/LiveChannel/0/media.smp");
        assertThat(of("hanwha").subUrl("h", 558, 1)).isEmpty();
        assertThat(of("reolink").mainUrl("h", 554, 3)).isEqualTo("rtsp://h:554/Preview_03_main");
    }

    @Test
    void anOemBrandUsesItsMakersNumbering() {
        assertThat(of("amcrest").mainUrl("h", 554, 2)).isEqualTo("rtsp://h:554/cam/realmonitor?channel=2&subtype=0");
    }

    @Test
    void aManufacturerWithoutRecorderTemplatesHasNone() {
        assertThat(ChannelTemplates.of(CATALOG, "axis")).isEmpty();
        // XMEye recorders speak DVR-IP, which no probe reads: no RTSP numbering to offer
        assertThat(ChannelTemplates.of(CATALOG, "xmeye")).isEmpty();
    }
}
