package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.testing.StoredCameras;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class CameraDetailsTest {

    @Test
    void showsTheStoredCameraAsPagesReadIt() {
        CameraDetails details = CameraDetails.of(StoredCameras.withId(StoredCameras.everyFieldSet(), 42));
        assertThat(details.getId()).isEqualTo(42);
        assertThat(details.getVersion()).isEqualTo(7);
        assertThat(details.getName()).isEqualTo("Gate, north");
        assertThat(details.getIpAddress()).isEqualTo("192.0.2.64");
        assertThat(details.getPort()).isEqualTo(8554);
        assertThat(details.getUsername()).isEqualTo("viewer");
        assertThat(details.getManufacturer()).isEqualTo("hikvision");
        assertThat(details.getModel()).isEqualTo("DS-2CD2143G2-I");
        assertThat(details.getConnectionType()).isEqualTo(ConnectionType.RTSP);
        assertThat(details.getPrimaryStreamUrl()).isEqualTo("rtsp://192.0.2.64:8554/Streaming/Channels/101");
        assertThat(details.getSecondaryStreamUrl()).isEqualTo("rtsp://192.0.2.64:8554/Streaming/Channels/102");
        assertThat(details.getSnapshotUrl()).isEqualTo("http://192.0.2.64/ISAPI/Streaming/channels/101/picture");
        assertThat(details.isEnabled()).isFalse();
        assertThat(details.getRecorderId()).isNull();
        assertThat(details.getUptimePercentage()).isNull();
    }

    @Test
    void tellsThatAPasswordIsStoredButCarriesNoSecret() throws Exception {
        Camera camera = StoredCameras.withId(StoredCameras.everyFieldSet(), 42);
        camera.setEncryptedCloudConfig("sealed-cloud");
        CameraDetails details = CameraDetails.of(camera);
        assertThat(details.isHasPassword()).isTrue();
        for (Method getter : CameraDetails.class.getDeclaredMethods()) {
            if (Modifier.isPublic(getter.getModifiers()) && !Modifier.isStatic(getter.getModifiers())
                    && getter.getParameterCount() == 0) {
                assertThat(Objects.toString(getter.invoke(details))).as(getter.getName())
                        .doesNotContain("sealed");
            }
        }
        assertThat(Arrays.stream(CameraDetails.class.getDeclaredFields()).map(f -> f.getName().toLowerCase()))
                .noneMatch(name -> name.contains("password") && !name.startsWith("has")).noneMatch(
                        name -> name.contains("cloud"));
    }

    @Test
    void aCameraWithoutPasswordSaysSo() {
        Camera camera = StoredCameras.withId(new Camera("Yard"), 3);
        assertThat(CameraDetails.of(camera).isHasPassword()).isFalse();
        assertThat(CameraDetails.of(camera).isEnabled()).isTrue();
    }
}
