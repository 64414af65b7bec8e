package io.ohmvision.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.catalog.entity.TemplateRole;
import io.ohmvision.channels.ConnectionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rendered examples the stream-templates answer shows next to each template. */
class TemplateExampleTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();
    private static final TemplateExample EXAMPLE = new TemplateExample();
    private static final Set<TemplateRole> MAIN_ROLES =
            Set.of(TemplateRole.MAIN, TemplateRole.LEGACY_MAIN, TemplateRole.NVR_MAIN);
    private static final Set<TemplateRole> SUB_ROLES =
            Set.of(TemplateRole.SUB, TemplateRole.LEGACY_SUB, TemplateRole.NVR_SUB);

    private record Example(ConnectionType type, TemplateRole role, String template, String url) {
        @Override
        public String toString() {
            return type.wireName() + " " + role.wireName() + " " + template + " -> " + url;
        }
    }

    @Test
    void mainAndSubOfOneConnectionTypeNeverLookTheSame() {
        List<String> alike = new ArrayList<>();
        for (ManufacturerProfile profile : CATALOG.all()) {
            List<Example> examples = examplesOf(profile.id());
            for (Example main : examples) {
                for (Example sub : examples) {
                    if (MAIN_ROLES.contains(main.role()) && SUB_ROLES.contains(sub.role())
                            && main.type() == sub.type() && main.url().equals(sub.url())) {
                        alike.add(profile.id() + ": " + main + " and " + sub);
                    }
                }
            }
        }
        assertThat(alike).as("main and sub templates whose examples are the same").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "rtsp|main|rtsp://192.0.2.10:554/Streaming/Channels/101",
            "rtsp|sub|rtsp://192.0.2.10:554/Streaming/Channels/102",
            "rtsp|third|rtsp://192.0.2.10:554/Streaming/Channels/103",
            "rtsp|legacy-main|rtsp://192.0.2.10:554/h264/ch1/main/av_stream",
            "nvr|nvr-sub|rtsp://192.0.2.10:554/Streaming/Channels/102",
            "http|snapshot|http://192.0.2.10:80/ISAPI/Streaming/channels/101/picture",
            "http|mjpeg|http://192.0.2.10:80/ISAPI/Streaming/channels/102/httppreview",
    })
    void hikvisionExamplesAreTheUrlsOfChannelOne(String type, String role, String expected) {
        assertThat(examplesOf("hikvision")).filteredOn(e -> e.type().wireName().equals(type))
                .filteredOn(e -> e.role().wireName().equals(role))
                .first().extracting(Example::url).isEqualTo(expected);
    }

    @Test
    void hikvisionSnapshotsIncludeTheDesignsChannelOnePicture() {
        assertThat(examplesOf("hikvision")).filteredOn(e -> e.role() == TemplateRole.SNAPSHOT)
                .extracting(Example::url)
                .contains("http://192.0.2.10:80/ISAPI/Streaming/channels/1/picture");
    }

    @Test
    void credentialsInTheUrlShowAsAPlaceholderUserAndAMaskedPassword() {
        assertThat(examplesOf("foscam")).extracting(Example::url).contains(
                "http://192.0.2.10:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=user&pwd=***");
        assertThat(examplesOf("reolink")).filteredOn(e -> e.role() == TemplateRole.SNAPSHOT).first()
                .extracting(Example::url).asString().endsWith("&user=user&password=***");
        assertThat(examplesOf("ubiquiti-unifi")).extracting(Example::url)
                .contains("rtsps://192.0.2.10:7441/***?enableSrtp");
    }

    @Test
    void everyTemplateOfEveryProfileHasAnExampleOnTheDocumentationAddress() {
        for (ManufacturerProfile profile : CATALOG.all()) {
            assertThat(examplesOf(profile.id())).as(profile.id())
                    .filteredOn(e -> e.template().contains("{host}"))
                    .allSatisfy(e -> assertThat(e.url()).contains("://" + TemplateExample.HOST)
                            .doesNotContain("{").doesNotContain("}"));
        }
    }

    /** Every template of a profile (own and inherited) with its example, rendered as the API renders it. */
    private static List<Example> examplesOf(String id) {
        Map<String, Integer> ports = CATALOG.portNumbersOf(id);
        return CATALOG.templatesOf(id).stream()
                .map(owned -> new Example(owned.template().connectionType(), owned.template().role(),
                        owned.template().url().text(), EXAMPLE.of(owned, ports)))
                .toList();
    }
}
