package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ohmvision.testing.RunningServer;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalogue endpoints on a running OhmVision. */
class CatalogApiIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    @Test
    void listsAtLeastThirtyManufacturersWithTemplateCountsAndCapabilities() {
        JsonPath list = SERVER.apiAs("admin", RunningServer.ADMIN_PASSWORD).discovery().manufacturers()
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = list.getList("id");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30).contains("hikvision", "dahua", "axis", "bosch", "hanwha",
                "avigilon", "uniview", "vivotek", "mobotix", "foscam", "tp-link", "reolink", "xiaomi", "sony",
                "panasonic", "google-nest", "amazon-ring", "arlo", "wyze", "generic-onvif", "generic-rtsp",
                "amcrest", "lorex", "swann", "annke", "ezviz", "ubiquiti-unifi", "grandstream", "geovision",
                "milesight", "honeywell");
        Map<String, Object> hikvision = list.getMap("find { it.id == 'hikvision' }");
        assertThat((Integer) hikvision.get("templateCount")).isGreaterThan(5);
        assertThat(list.getInt("find { it.id == 'hikvision' }.templatesByType.rtsp")).isGreaterThanOrEqualTo(3);
        assertThat(list.getInt("find { it.id == 'hikvision' }.defaultPorts.rtsp")).isEqualTo(554);
        assertThat(list.getBoolean("find { it.id == 'xiaomi' }.localStreaming")).isFalse();
    }

    @Test
    void templatesCarryTheirProvenanceAndOemBrandsInheritTheirMakers() {
        JsonPath hik = SERVER.adminApi().discovery().streamTemplates("hikvision").then().statusCode(200)
                .extract().jsonPath();
        assertThat(hik.getString("templates.find { it.role == 'main' && it.connectionType == 'rtsp' }.url"))
                .isEqualTo("rtsp://{host}:{port}/Streaming/Channels/{channelStream}");
        assertThat(hik.getList("templates.sources.flatten().id", String.class)).contains("S11");
        assertThat(hik.getString("templates[0].sources[0].title")).isNotBlank();
        assertThat(hik.getList("templates.verified", Boolean.class)).contains(true);

        JsonPath amcrest = SERVER.adminApi().discovery().streamTemplates("amcrest").then().statusCode(200)
                .extract().jsonPath();
        assertThat(amcrest.getList("templates.inheritedFrom", String.class)).contains("dahua");

        SERVER.adminApi().discovery().streamTemplates("xiaomi").then().statusCode(200)
                .body("localStreaming", equalTo(false)).body("localStreamingNote", containsString("RTSP"));
    }

    @Test
    void everyTemplateShowsItsUrlForChannelOneSoMainAndSubDiffer() {
        JsonPath hik = SERVER.adminApi().discovery().streamTemplates("hikvision").then().statusCode(200)
                .extract().jsonPath();
        assertThat(hik.getString("templates.find { it.role == 'main' && it.connectionType == 'rtsp' }.example"))
                .isEqualTo("rtsp://192.0.2.10:554/Streaming/Channels/101");
        assertThat(hik.getString("templates.find { it.role == 'sub' && it.connectionType == 'rtsp' }.example"))
                .isEqualTo("rtsp://192.0.2.10:554/Streaming/Channels/102");
        assertThat(hik.getList("templates.example", String.class)).doesNotContainNull();

        JsonPath foscam = SERVER.adminApi().discovery().streamTemplates("foscam").then().statusCode(200)
                .extract().jsonPath();
        assertThat(foscam.getString("templates.find { it.role == 'snapshot' }.example"))
                .endsWith("&usr=user&pwd=***");
    }

    @Test
    void anUnknownManufacturerIs404WithCloseMatches() {
        SERVER.adminApi().discovery().streamTemplates("hikvison").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("did you mean hikvision"));
        SERVER.adminApi().discovery().streamTemplates("zzzzzzzzzz").then().statusCode(404)
                .body("detail", containsString("/api/discovery/manufacturers"));
    }

    @Test
    void theCatalogueIsInTheOpenApiDocument() {
        JsonPath doc = SERVER.anonymous().get("/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("paths")).containsKeys("/api/discovery/manufacturers",
                "/api/discovery/stream-templates/{manufacturer}", "/api/cameras/{id}/probe",
                "/api/cameras/{id}/deep-probe", "/api/cameras/{id}/snapshot", "/api/health/status",
                "/api/health/cameras", "/api/health/cameras/{id}", "/api/health/cameras/{id}/reconnection",
                "/api/health/cameras/{id}/check-now", "/api/health/cameras/{id}/reconnect",
                "/api/health/cameras/{id}/uptime", "/api/health/cameras/{id}/outages",
                "/api/health/cameras/{id}/latency");
    }
}
