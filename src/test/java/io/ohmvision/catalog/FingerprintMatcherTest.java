package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.FingerprintMatcher;
import io.ohmvision.catalog.entity.Fingerprint;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.Recognition;
import io.ohmvision.catalog.entity.ServiceReply;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprintMatcherTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();
    private final FingerprintMatcher matcher = new FingerprintMatcher(CATALOG);

    static Stream<Arguments> replies() {
        return CapturedReplies.arguments("http", "rtsp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void recognisesTheManufacturerOfEachCapturedReply(String file, String expected, String reply) {
        List<Recognition> found = matcher.recognise(ServiceReply.parse(reply));

        if (expected.equals("none")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).manufacturerId()).isEqualTo(expected);
            assertThat(found.get(0).evidence()).allSatisfy(e -> {
                assertThat(e.sources()).isNotEmpty();
                assertThat(e.observed()).isNotBlank();
                assertThat(e.rule()).isNotBlank();
            });
        }
    }

    @Test
    void everyShippedFingerprintMatchesSomeCapturedReply() {
        List<ServiceReply> replies = CapturedReplies.files("http", "rtsp").stream()
                .map(f -> ServiceReply.parse(CapturedReplies.read(f))).toList();
        for (ManufacturerProfile profile : CATALOG.all()) {
            for (Fingerprint fingerprint : profile.fingerprints()) {
                assertThat(replies).as("%s fingerprint %s", profile.id(), fingerprint.conditions())
                        .anyMatch(r -> fingerprint.matchedValues(r).isPresent());
            }
        }
    }

    @Test
    void rtspFingerprintsIgnoreHttpRepliesAndViceVersa() {
        ServiceReply http = ServiceReply.parse("HTTP/1.1 200 OK\nServer: Dahua Rtsp Server\n\n");
        ServiceReply rtsp = ServiceReply.parse("RTSP/1.0 200 OK\nServer: App-webs/\n\n");

        assertThat(matcher.recognise(http)).isEmpty();
        assertThat(matcher.recognise(rtsp)).isEmpty();
    }

    @Test
    void combinedConditionsNeedEveryPart() {
        ServiceReply titleOnly = ServiceReply.parse("HTTP/1.1 200 OK\nServer: lighttpd\n\n<title>X Network Camera</title>");

        assertThat(matcher.recognise(titleOnly)).isEmpty();
    }

    @Test
    void evidenceSaysWhatMatched() {
        Recognition hikvision = matcher.recognise(ServiceReply.parse(CapturedReplies.read(
                CapturedReplies.files("http").stream().filter(f -> f.toString().contains("app-webs")).findFirst()
                        .orElseThrow()))).get(0);

        assertThat(hikvision.evidence()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("http.server");
            assertThat(e.observed()).isEqualTo("App-webs/");
            assertThat(e.sources()).containsExactly("S5");
        }).anySatisfy(e -> assertThat(e.observed()).isEqualTo("IP Camera(C2183)"));
    }
}
