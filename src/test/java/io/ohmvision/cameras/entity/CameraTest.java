package io.ohmvision.cameras.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CameraTest {

    private static CameraConfiguration configuration(ConnectionType type, String primary, String mac) {
        return new CameraConfiguration("  Gate  ", "192.0.2.64", 554, "hikvision", "DS-2CD2143G2-I", "V5.7.3",
                "DS2143-0001", mac, type, primary, null, null, null, false);
    }

    @Test
    void configureTakesTheSettingsWholeWithTheNameTrimmedAndTheMacInOneSpelling() {
        Camera camera = new Camera("Old");
        camera.configure(configuration(ConnectionType.RTSP, "rtsp://192.0.2.64/1", "44-19-b6-01-02-03"));
        assertThat(camera.getName()).isEqualTo("Gate");
        assertThat(camera.getMacAddress()).isEqualTo("44:19:B6:01:02:03");
        assertThat(camera.getConnectionType()).isEqualTo(ConnectionType.RTSP);
        assertThat(camera.getFirmwareVersion()).isEqualTo("V5.7.3");
        assertThat(camera.getSerialNumber()).isEqualTo("DS2143-0001");
        assertThat(camera.isEnabled()).isFalse();
    }

    @Test
    void aWebhookCameraWithoutAStreamIsCheckedThroughItsReceiverOnceItHasAnId() {
        Camera camera = new Camera();
        camera.configure(configuration(ConnectionType.WEBHOOK, null, null));
        assertThat(camera.getPrimaryStreamUrl()).as("no id yet").isNull();
    }

    @Test
    void aCameraMovedToAnotherDeviceForgetsTheOldDevicesServiceAndCapabilities() {
        Camera camera = new Camera();
        camera.configure(configuration(ConnectionType.RTSP, "rtsp://192.0.2.64/1", null));
        camera.recordOnvifDevice("http://192.0.2.64:8000/onvif/device_service", new CameraCapabilities(true, 1, 0,
                true, true, false, false, OffsetDateTime.parse("2026-12-05T10:00:00Z"), "GetServices"));

        camera.configure(configuration(ConnectionType.RTSP, "rtsp://192.0.2.64:8554/2", null));
        assertThat(camera.getOnvifDeviceUrl()).as("same device, another path and port").isNotNull();
        assertThat(camera.getCapabilities().ptz()).isTrue();

        camera.configure(configuration(ConnectionType.RTSP, "rtsp://192.0.2.65/1", null));
        assertThat(camera.getOnvifDeviceUrl()).as("moved to another device").isNull();
        assertThat(camera.getCapabilities()).isNull();
    }

    @Test
    void aRecorderChannelCarriesTheRecordersCredentialsAndLink() {
        Camera channel = Camera.recorderChannel(configuration(ConnectionType.NVR, "rtsp://192.0.2.64/ch2", null), 9L,
                2, "admin", "sealed");
        assertThat(channel.getRecorderId()).isEqualTo(9L);
        assertThat(channel.getRecorderChannel()).isEqualTo(2);
        assertThat(channel.getUsername()).isEqualTo("admin");
        assertThat(channel.getEncryptedPassword()).isEqualTo("sealed");
        assertThat(channel.getConnectionType()).isEqualTo(ConnectionType.NVR);
    }
}
