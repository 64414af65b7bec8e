package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.UrlRenderer;
import io.ohmvision.catalog.entity.Placeholder;
import io.ohmvision.catalog.entity.RenderRequest;
import io.ohmvision.catalog.entity.RenderedUrl;
import io.ohmvision.catalog.entity.TemplateRole;
import io.ohmvision.catalog.entity.UrlTemplate;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.StreamUrl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlRendererTest {

    private static final String NASTY_PASSWORD = "p@ss:/#%?& é";
    private static final String NASTY_ENCODED = "p%40ss%3A%2F%23%25%3F%26%20%C3%A9";

    private static final Catalog CATALOG = CatalogLoader.loadDefault();

    @ParameterizedTest(name = "{0} {1} channel {2}")
    @CsvSource(delimiter = '|', value = {
            "hikvision|main|1|rtsp://10.0.0.5:554/Streaming/Channels/101",
            "hikvision|main|10|rtsp://10.0.0.5:554/Streaming/Channels/1001",
            "hikvision|sub|10|rtsp://10.0.0.5:554/Streaming/Channels/1002",
            "hikvision|third|2|rtsp://10.0.0.5:554/Streaming/Channels/203",
            "dahua|sub|3|rtsp://10.0.0.5:554/cam/realmonitor?channel=3&subtype=1",
            "uniview|nvr-sub|4|rtsp://10.0.0.5:554/unicast/c4/s1/live",
            "hanwha|nvr-main|1|rtsp://10.0.0.5:554/LiveChannel/0/media.smp",
            "reolink|main|3|rtsp://10.0.0.5:554/Preview_03_main",
            "geovision|main|2|rtsp://10.0.0.5:554/CH002.sdp",
    })
    void numbersChannelsTheVendorsWay(String id, String role, int channel, String expected) {
        RenderRequest request = RenderRequest.forHost("10.0.0.5").withChannel(channel);

        assertThat(firstOfRole(id, role, request).connectUrl()).isEqualTo(expected);
    }

    @Test
    void percentEncodesUserInfoAndMasksIt() {
        RenderedUrl url = firstOfRole("hikvision", "main",
                RenderRequest.forHost("10.0.0.5").withCredentials("ad min", NASTY_PASSWORD));

        assertThat(url.connectUrl()).isEqualTo("rtsp://ad%20min:" + NASTY_ENCODED + "@10.0.0.5:554/Streaming/Channels/101");
        assertThat(StreamUrl.parse(url.connectUrl()).orElseThrow().password()).isEqualTo(NASTY_PASSWORD);
        assertThat(url.maskedUrl()).isEqualTo("rtsp://ad%20min:***@10.0.0.5:554/Streaming/Channels/101");
        assertThat(url.toString()).doesNotContain(NASTY_ENCODED).doesNotContain("p@ss").contains("***");
    }

    @Test
    void percentEncodesQueryCredentialsAndMasksThem() {
        RenderRequest request = RenderRequest.forHost("10.0.0.5").withCredentials("admin", NASTY_PASSWORD);

        RenderedUrl foscam = firstOfRole("foscam", "snapshot", request);
        assertThat(foscam.connectUrl()).isEqualTo(
                "http://10.0.0.5:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=" + NASTY_ENCODED);
        assertThat(foscam.maskedUrl()).isEqualTo("http://10.0.0.5:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=***");

        RenderedUrl reolink = firstOfRole("reolink", "snapshot", request);
        assertThat(reolink.connectUrl()).endsWith("&user=admin&password=" + NASTY_ENCODED)
                .doesNotContain("admin@"); // credentials go in the query only, never twice
        assertThat(reolink.toString()).doesNotContain(NASTY_ENCODED);
    }

    @Test
    void masksSecretsInThePathToo() {
        RenderRequest request = RenderRequest.forHost("192.168.1.1").withParameter(Placeholder.TOKEN, "s3cretT0ken");

        RenderedUrl unifi = firstOfRole("ubiquiti-unifi", "main", request);
        assertThat(unifi.connectUrl()).isEqualTo("rtsps://192.168.1.1:7441/s3cretT0ken?enableSrtp");
        assertThat(unifi.maskedUrl()).isEqualTo("rtsps://192.168.1.1:7441/***?enableSrtp");

        RenderedUrl xmeye = firstOfRole("xmeye", "main", request.withCredentials("admin", "hunter2"));
        assertThat(xmeye.connectUrl()).endsWith("/user=admin&password=hunter2&channel=1&stream=0.sdp");
        assertThat(xmeye.maskedUrl()).doesNotContain("hunter2");
    }

    @Test
    void bracketsIpv6Hosts() {
        RenderRequest request = RenderRequest.forHost("fe80::1").withCredentials("admin", "x");

        assertThat(firstOfRole("dahua", "main", request).connectUrl())
                .isEqualTo("rtsp://admin:x@[fe80::1]:554/cam/realmonitor?channel=1&subtype=0");
        assertThat(firstOfRole("dahua", "main", RenderRequest.forHost("[fe80::1]")).connectUrl())
                .startsWith("rtsp://[fe80::1]:554/");
    }

    @Test
    void requestPortsOverrideProfileDefaults() {
        RenderRequest request = RenderRequest.forHost("cam.local").withPort("rtsp", 10554);

        assertThat(firstOfRole("axis", "main", request).connectUrl()).isEqualTo("rtsp://cam.local:10554/axis-media/media.amp");
    }

    @Test
    void rejectsImpossiblePorts() {
        assertThatThrownBy(() -> RenderRequest.forHost("h").withPort("rtsp", 70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rtsp");
    }

    @Test
    void requestToStringNeverShowsThePassword() {
        assertThat(RenderRequest.forHost("h").withCredentials("admin", "hunter2").toString())
                .doesNotContain("hunter2");
    }

    @Test
    void candidatesIncludeOemTemplatesAndSkipThoseMissingValues() {
        List<RenderedUrl> amcrest = CATALOG.candidateUrls("amcrest", RenderRequest.forHost("10.0.0.9"));
        assertThat(amcrest).extracting(RenderedUrl::connectUrl)
                .contains("rtsp://10.0.0.9:554/cam/realmonitor?channel=1&subtype=0");
        assertThat(amcrest).allMatch(u -> u.manufacturerId().equals("dahua"));

        assertThat(CATALOG.candidateUrls("wyze", RenderRequest.forHost("bridge"))).isEmpty();
        assertThat(CATALOG.candidateUrls("wyze", RenderRequest.forHost("bridge").withParameter(Placeholder.NAME, "front door"),
                ConnectionType.RTSP)).extracting(RenderedUrl::connectUrl).containsExactly("rtsp://bridge:8554/front%20door");
    }

    @Test
    void renderingWithoutANeededValueExplainsWhat() {
        UrlTemplate template = CATALOG.require("google-nest").templates().get(0);
        assertThatThrownBy(() -> new UrlRenderer().render("google-nest", template, Map.of(), RenderRequest.forHost("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{projectId}");
    }

    @Test
    void defaultPortsCoverEveryProfile() {
        assertThat(CATALOG.defaultPorts()).extracting(p -> p.port())
                .contains(80, 88, 443, 554, 2020, 7441, 8000, 8554, 34567, 37777).isSorted();
        assertThat(CATALOG.defaultPorts()).filteredOn(p -> p.port() == 37777).singleElement()
                .satisfies(p -> assertThat(p.manufacturerIds()).containsExactly("dahua"));
    }

    private RenderedUrl firstOfRole(String id, String role, RenderRequest request) {
        TemplateRole wanted = TemplateRole.fromWireName(role).orElseThrow();
        return CATALOG.candidateUrls(id, request).stream().filter(u -> u.template().role() == wanted).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " URL for " + id));
    }
}
