package io.ohmvision.discovery.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.CameraSettings;
import io.ohmvision.channels.onvif.DeviceCapabilities;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectedCameraTest {

    private static final String MAIN = "rtsp://192.0.2.64:554/Streaming/Channels/101";
    static final DeviceCapabilities CAPABILITIES = new DeviceCapabilities(true, 1, 0, true, true, false, false,
            "GetServices");

    /** What auto-detect reports for a camera that answered ONVIF and one RTSP template. */
    static AutoDetectReport report(String model) {
        AutoDetectReport.Onvif onvif = new AutoDetectReport.Onvif("http://192.0.2.64/onvif/device_service", "OK",
                "answered", "HIKVISION", model, model == null ? null : "V5.7.3",
                model == null ? null : "DS2143-0001", 2, List.of(), CAPABILITIES);
        AutoDetectReport.Channel none = new AutoDetectReport.Channel(null, null, null, null, "none", null, null, null,
                null);
        return new AutoDetectReport("192.0.2.64", List.of(554, 80), onvif, "hikvision", List.of("onvif"), "found",
                null, 0, List.of(), new AutoDetectReport.Channel(MAIN, MAIN, "vendor", "t", "best", "h264", 1920,
                1080, 25.0), none, new AutoDetectReport.Channel("http://192.0.2.64/snap.jpg",
                "http://192.0.2.64/snap.jpg", "vendor", "t", "best", null, null, null, null), null, 10, null, null,
                null);
    }

    @Test
    void aNewCameraGetsTheAddressTheDeviceFactsTheChannelsAndTheCredentialsTried() {
        AutoDetectRequest request = new AutoDetectRequest("192.0.2.64", null, "admin", "s3cret", null, true, null,
                null);
        CameraSettings camera = DetectedCamera.settings(request, report("DS-2CD2143G2-I"), null, null);
        assertThat(camera.name).isEqualTo("DS-2CD2143G2-I 192.0.2.64");
        assertThat(camera.ipAddress).isEqualTo("192.0.2.64");
        assertThat(camera.manufacturer).isEqualTo("hikvision");
        assertThat(camera.model).isEqualTo("DS-2CD2143G2-I");
        assertThat(camera.firmwareVersion).isEqualTo("V5.7.3");
        assertThat(camera.serialNumber).isEqualTo("DS2143-0001");
        assertThat(camera.primaryStreamUrl).isEqualTo(MAIN);
        assertThat(camera.secondaryStreamUrl).isNull();
        assertThat(camera.snapshotUrl).isEqualTo("http://192.0.2.64/snap.jpg");
        assertThat(camera.username).isEqualTo("admin");
        assertThat(camera.password).isEqualTo("s3cret");
    }

    @Test
    void aKnownCameraKeepsWhatWasNotDetectedAndItsName() {
        CameraSettings stored = new CameraSettings();
        stored.name = "Gate";
        stored.model = "DS-2CD2143G2-I";
        stored.macAddress = "44:19:B6:01:02:03";
        stored.connectionType = "onvif";
        stored.port = 8554;
        stored.version = 3L;
        CameraSettings camera = DetectedCamera.settings(new AutoDetectRequest("192.0.2.64", null, null, null, null,
                false, 5L, null), report(null), stored, null);
        assertThat(camera.name).isEqualTo("Gate");
        assertThat(camera.model).as("no model detected").isEqualTo("DS-2CD2143G2-I");
        assertThat(camera.macAddress).isEqualTo("44:19:B6:01:02:03");
        assertThat(camera.version).isEqualTo(3L);
        assertThat(camera.connectionType).as("follows the detected stream").isNull();
        assertThat(camera.port).isNull();
    }

    @Test
    void theMacAScanSawIsStoredAndReplacesTheOldOne() {
        CameraSettings stored = new CameraSettings();
        stored.name = "Gate";
        stored.macAddress = "44:19:B6:01:02:03";
        CameraSettings camera = DetectedCamera.settings(AutoDetectRequest.detectOnly("192.0.2.64", null, null),
                report(null), stored, "44:19:b6:0a:0b:0c");
        assertThat(camera.macAddress).isEqualTo("44:19:b6:0a:0b:0c");
    }

    @Test
    void aDeviceWithOnlyASnapshotBecomesACameraOnItsSnapshot() {
        AutoDetectReport full = report(null);
        AutoDetectReport snapshotOnly = new AutoDetectReport(full.address(), full.openPorts(), full.onvif(),
                full.manufacturer(), full.manufacturerEvidence(), full.summary(), null, 0, List.of(), full.sub(),
                full.sub(), full.snapshot(), null, 10, null, null, null);
        CameraSettings camera = DetectedCamera.settings(AutoDetectRequest.detectOnly("192.0.2.64", null, null),
                snapshotOnly, null, null);
        assertThat(DetectedCamera.storable(snapshotOnly)).isTrue();
        assertThat(camera.primaryStreamUrl).isEqualTo("http://192.0.2.64/snap.jpg");
        assertThat(camera.snapshotUrl).isEqualTo("http://192.0.2.64/snap.jpg");
    }

    @Test
    void aDeviceWithoutStreamOrSnapshotIsNothingToStore() {
        AutoDetectReport full = report(null);
        assertThat(DetectedCamera.storable(new AutoDetectReport(full.address(), full.openPorts(), full.onvif(),
                full.manufacturer(), full.manufacturerEvidence(), full.summary(), null, 0, List.of(), full.sub(),
                full.sub(), full.sub(), null, 10, null, null, null))).isFalse();
    }
}
