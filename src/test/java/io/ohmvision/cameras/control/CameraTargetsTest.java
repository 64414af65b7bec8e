package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.CameraCapabilities;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.StoredCameras;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Defence in depth: whatever URL a caller asks for, the stored password goes only to the camera's own origins. */
class CameraTargetsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final CredentialVault vault = TestVault.create();
    private final CameraTargets targets = new CameraTargets();
    private final CameraAccess camera;

    CameraTargetsTest() {
        targets.vault = vault;
        Camera stored = new Camera("Gate");
        stored.setPrimaryStreamUrl("rtsp://192.0.2.10/Streaming/Channels/101");
        stored.setSnapshotUrl("http://192.0.2.10:8080/snap.jpg");
        camera = new CameraAccess(7, ConnectionType.RTSP, "admin", vault.seal("s3cret"), CredentialOrigins.of(stored),
                null);
    }

    @Test
    void aUrlAtOneOfTheCamerasOriginsGetsItsCredentials() {
        ProbeTarget target = targets.target(camera, "rtsp://192.0.2.10:554/Streaming/Channels/102", TIMEOUT);
        assertThat(target.username()).isEqualTo("admin");
        assertThat(target.password()).isEqualTo("s3cret");
        assertThat(targets.target(camera, "http://192.0.2.10:8080/other.jpg", TIMEOUT).password())
                .isEqualTo("s3cret");
    }

    @Test
    void anyOtherUrlGetsNoCredentialsAtAll() {
        for (String elsewhere : new String[] {"rtsp://192.0.2.10:8554/Streaming/Channels/101",
                "rtsp://203.0.113.9/Streaming/Channels/101", "rtsps://192.0.2.10/Streaming/Channels/101",
                "http://192.0.2.10/snap.jpg"}) {
            ProbeTarget target = targets.target(camera, elsewhere, TIMEOUT);
            assertThat(target.username()).as(elsewhere).isNull();
            assertThat(target.password()).as(elsewhere).isNull();
        }
    }

    @Test
    void theOnvifDeviceServiceAutoDetectFoundOnTheCamerasHostGetsTheCredentials() {
        CameraAccess detected = CameraAccess.of(
                detectedWithDeviceService("http://192.0.2.10:8000/onvif/device_service"));

        ProbeTarget target = targets.target(detected, "http://192.0.2.10:8000/onvif/device_service", TIMEOUT);

        assertThat(target.username()).isEqualTo("admin");
        assertThat(target.password()).isEqualTo("s3cret");
    }

    @Test
    void aDeviceServiceAHostileDevicePutOnAnotherHostGetsNoCredentials() {
        CameraAccess detected = CameraAccess.of(
                detectedWithDeviceService("http://203.0.113.9/onvif/device_service"));

        ProbeTarget target = targets.target(detected, "http://203.0.113.9/onvif/device_service", TIMEOUT);

        assertThat(target.username()).isNull();
        assertThat(target.password()).isNull();
    }

    /** An ONVIF camera as auto-detect stores it: RTSP streams, and the device service it answered on. */
    private Camera detectedWithDeviceService(String deviceService) {
        Camera stored = StoredCameras.withId(new Camera("Detected"), 8);
        stored.setConnectionType(ConnectionType.RTSP);
        stored.setPrimaryStreamUrl("rtsp://192.0.2.10/Streaming/Channels/101");
        stored.changeCredentials("admin", vault.seal("s3cret"));
        stored.recordOnvifDevice(deviceService, new CameraCapabilities(true, 0, 0, false, false, false, false,
                OffsetDateTime.now(ZoneOffset.UTC), "GetServices"));
        return stored;
    }
}
