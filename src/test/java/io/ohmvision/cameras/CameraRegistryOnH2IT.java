package io.ohmvision.cameras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.ohmvision.testing.LegacyRows;
import io.ohmvision.testing.RunningServer;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registry on the embedded default (H2 in a file). The database is prepared the way an older version left it:
 * schema in place, cameras with nothing but an rtsp_url holding their credentials.
 */
class CameraRegistryOnH2IT extends CameraRegistryContract {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    @Override
    RunningServer server() {
        return SERVER;
    }

    @Test
    void legacyRowsAreCompletedAndTheirCredentialsMovedOut() {
        JsonPath hik = legacy("legacy-hikvision");
        assertThat(hik.getString("connectionType")).isEqualTo("rtsp");
        assertThat(hik.getString("ipAddress")).isEqualTo("192.168.1.64");
        assertThat(hik.getInt("port")).isEqualTo(554);
        assertThat(hik.getString("username")).isEqualTo("admin");
        assertThat(hik.getBoolean("hasPassword")).isTrue();
        assertThat(hik.getString("primaryStreamUrl")).isEqualTo("rtsp://192.168.1.64:554/Streaming/Channels/101");
        assertThat(hik.getString("legacyRtspUrl")).isEqualTo("rtsp://192.168.1.64:554/Streaming/Channels/101");
        assertThat(hik.getString("manufacturer")).isEqualTo("hikvision");

        JsonPath dahua = legacy("legacy-dahua");
        assertThat(dahua.getString("manufacturer")).isEqualTo("dahua");
        assertThat(dahua.getInt("port")).isEqualTo(554);
        assertThat(dahua.getBoolean("hasPassword")).isFalse();
        assertThat(dahua.getString("primaryStreamUrl")).isEqualTo("rtsp://10.1.2.3/cam/realmonitor?channel=1&subtype=0");

        JsonPath encoded = legacy("legacy-encoded");
        assertThat(encoded.getString("username")).isEqualTo("viewer");
        assertThat(encoded.getString("ipAddress")).isEqualTo("cam.local");
        assertThat(encoded.getInt("port")).isEqualTo(8554);
        assertThat(encoded.getString("manufacturer")).isEqualTo("generic-rtsp");
        assertThat(legacy("legacy-plain-password").getString("manufacturer")).isEqualTo("reolink");

        assertThat(legacy("legacy-plain-password").getBoolean("hasPassword")).isTrue();
        JsonPath garbage = legacy("legacy-garbage");
        assertThat(garbage.getString("primaryStreamUrl")).isNull();

        String everything = SERVER.adminApi().cameras().list("size=500").asString();
        assertThat(everything).doesNotContain(LegacyRows.HIKVISION_PASSWORD).doesNotContain("pa%40ss")
                .doesNotContain(LegacyRows.PLAIN_COLUMN_PASSWORD);
        assertThat(SERVER.payara().allLogs()).doesNotContain(LegacyRows.HIKVISION_PASSWORD)
                .doesNotContain(LegacyRows.PLAIN_COLUMN_PASSWORD);
    }

    private JsonPath legacy(String name) {
        return SERVER.adminApi().cameras().list("size=500").then().statusCode(200)
                .body("items.findAll { it.name == '" + name + "' }.size()", equalTo(1))
                .extract().jsonPath().setRootPath("items.find { it.name == '" + name + "' }");
    }
}
