package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.CameraCapabilities;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.testing.StoredCameras;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CameraOnvifTest {

    private static final CameraCapabilities READ = new CameraCapabilities(true, 1, 0, true, false, false, false,
            OffsetDateTime.now(ZoneOffset.UTC), "GetServices");

    @Test
    void theDeviceServiceAutoDetectStoredIsUsedForACameraStoredAsRtsp() {
        Camera camera = camera(ConnectionType.RTSP, "rtsp://192.0.2.10/Streaming/Channels/101");
        camera.recordOnvifDevice("http://192.0.2.10:8000/onvif/device_service", READ);

        assertThat(CameraOnvif.deviceService(camera))
                .isEqualTo(URI.create("http://192.0.2.10:8000/onvif/device_service"));
    }

    @Test
    void anOnvifCameraWithoutAStoredDeviceServiceUsesItsPrimaryUrl() {
        Camera camera = camera(ConnectionType.ONVIF, "http://192.0.2.10/onvif/device_service");

        assertThat(CameraOnvif.deviceService(camera).getHost()).isEqualTo("192.0.2.10");
    }

    @Test
    void aCameraWithoutOnvifIsAConflictThatSaysWhy() {
        Camera camera = camera(ConnectionType.RTSP, "rtsp://192.0.2.10/Streaming/Channels/101");

        assertThatThrownBy(() -> CameraOnvif.deviceService(camera)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(Status.CONFLICT))
                .hasMessageContaining("is connected over rtsp, not ONVIF, and no ONVIF device service is known");
    }

    private static Camera camera(ConnectionType type, String primary) {
        Camera camera = StoredCameras.withId(new Camera("Gate"), 4);
        camera.setConnectionType(type);
        camera.setPrimaryStreamUrl(primary);
        return camera;
    }
}
