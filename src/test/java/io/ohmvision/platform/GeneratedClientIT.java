package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.client.ApiClient;
import io.ohmvision.client.ApiException;
import io.ohmvision.client.api.CamerasApi;
import io.ohmvision.client.api.HealthApi;
import io.ohmvision.client.api.UsersApi;
import io.ohmvision.client.model.Camera;
import io.ohmvision.client.model.CameraRequest;
import io.ohmvision.client.model.ListUsers200ResponseInner;
import io.ohmvision.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A program using OhmVision through the Java client openapi-generator made from the API document at build time:
 * what the document promises (operations, bodies, answers, problem details) is what the server does.
 */
class GeneratedClientIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    private final ApiClient client = asAdmin();

    private static ApiClient asAdmin() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(SERVER.payara().baseUri().toString().replaceAll("/$", ""));
        String basic = Base64.getEncoder().encodeToString(("admin:" + RunningServer.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }

    @Test
    void aCameraIsRegisteredReadListedAndRemovedThroughTheClient() throws ApiException {
        CamerasApi cameras = new CamerasApi(client);

        Camera created = cameras.createCamera(new CameraRequest().name("Client gate")
                .primaryStreamUrl("rtsp://192.0.2.71:554/Streaming/Channels/101").manufacturer("hikvision"));
        long id = created.getId().longValue();

        Camera read = cameras.getCamera(id);
        assertThat(read.getName()).isEqualTo("Client gate");
        assertThat(read.getConnectionType()).isEqualTo("rtsp");
        assertThat(read.getIpAddress()).isEqualTo("192.0.2.71");
        assertThat(cameras.listCameras(null, "500", "hikvision", null, null, null, "name").getItems())
                .extracting(Camera::getName).contains("Client gate");

        cameras.deleteCamera(id);
        assertThatThrownBy(() -> cameras.getCamera(id)).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.getCode()).isEqualTo(404);
            assertThat(refused.getResponseBody()).contains("\"detail\":\"No camera with id " + id + "\"");
        });
    }

    @Test
    void answersWithALiveShapeCarryWhatTheDocumentSays() throws ApiException {
        assertThat(new UsersApi(client).listUsers()).extracting(ListUsers200ResponseInner::getUsername)
                .contains("admin");
        assertThat(new HealthApi(client).getFleetStatus()).isNotNull();
    }

    @Test
    void invalidInputIsAProblemTheClientReports() {
        assertThatThrownBy(() -> new CamerasApi(client).createCamera(new CameraRequest().name("")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(400);
                    assertThat(refused.getResponseHeaders().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
                });
    }
}
