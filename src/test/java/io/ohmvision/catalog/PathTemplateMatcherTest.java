package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.PathTemplateMatcher;
import io.ohmvision.catalog.entity.Recognition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTemplateMatcherTest {

    private static final PathTemplateMatcher GUESSER = new PathTemplateMatcher(CatalogLoader.loadDefault());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/Streaming/Channels/101|hikvision|(main)",
            "/Streaming/Channels/1002|hikvision|(sub)",
            "/Streaming/Channels/1|hikvision|(legacy-main)",
            "/h264/ch1/main/av_stream|hikvision|(legacy-main)",
            "/H264/ch1/main/av_stream|annke|(main)",
            "/cam/realmonitor?channel=1&subtype=0|dahua|(main)",
            "/cam/realmonitor?subtype=1&channel=2|dahua|(sub)",
            "/cam/realmonitor?channel=1&subtype=0&unicast=true&proto=Onvif|dahua|proto=Onvif",
            "/axis-media/media.amp|axis|(main)",
            "/axis-media/media.amp?videocodec=h264&resolution=640x480|axis|(main)",
            "/h264Preview_01_main|reolink|(legacy-main)",
            "/Preview_02_sub|reolink|(sub)",
            "/unicast/c3/s1/live|uniview|(nvr-sub)",
            "/media/video1|uniview|(main)",
            "/LiveChannel/0/media.smp|hanwha|(nvr-main)",
            "/profile2/media.smp|hanwha|(main)",
            "/live.sdp|vivotek|(main)",
            "/videoMain|foscam|(main)",
            "/stream1|tp-link|(main)",
            "/stream0/mobotix.h264|mobotix|(main)",
            "/MediaInput/h264|panasonic|(main)",
            "/CH001.sdp|geovision|(main)",
            "/user=admin&password=&channel=1&stream=0.sdp|xmeye|(main)",
            "/defaultPrimary?streamType=u|avigilon|(main)",
            "/live/ch00_1|xiaomi|(main)",
            "/?line=1&inst=2|bosch|(sub)",
            "rtsp://admin:secret@10.0.0.5:554/Streaming/Channels/201|hikvision|(main)",
    })
    void findsTheMakerWhoseTemplateMatches(String path, String manufacturer, String roleOrDetail) {
        Recognition guess = GUESSER.guess(path);

        assertThat(guess.manufacturerId()).isEqualTo(manufacturer);
        assertThat(guess.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("rtsp-path");
            assertThat(e.rule()).contains(roleOrDetail);
            assertThat(e.sources()).isNotEmpty();
            assertThat(e.observed()).doesNotContain("secret");
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"/some/unknown/path", "/", "/0", "''"})
    void unknownOrUninformativePathsAreGenericRtsp(String path) {
        assertThat(GUESSER.guess(path).manufacturerId()).isEqualTo("generic-rtsp");
    }

    @Test
    void nullIsGenericRtsp() {
        assertThat(GUESSER.guess(null).manufacturerId()).isEqualTo("generic-rtsp");
    }
}
