package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.testing.StoredCameras;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CameraSettingsTest {

    /** Write-only fields: never read back from a camera, null keeps the stored value (or, for a directive, asks nothing). */
    private static final Set<String> WRITE_ONLY = Set.of("password", "cloudConfig", "moveCredentials");

    @Test
    void everyFieldButTheWriteOnlyOnesIsReadFromTheCamera() {
        CameraSettings request = CameraSettings.of(StoredCameras.everyFieldSet());
        List<String> dropped = Arrays.stream(CameraSettings.class.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !WRITE_ONLY.contains(f.getName()))
                .filter(f -> valueOf(f, request) == null).map(Field::getName).toList();
        assertThat(dropped).as("request fields left null although the camera has them").isEmpty();
    }

    @Test
    void eachFieldGetsItsOwnValue() {
        CameraSettings request = CameraSettings.of(StoredCameras.everyFieldSet());
        assertThat(request.version).isEqualTo(7L);
        assertThat(request.name).isEqualTo("Gate, north");
        assertThat(request.ipAddress).isEqualTo("192.0.2.64");
        assertThat(request.port).isEqualTo(8554);
        assertThat(request.username).isEqualTo("viewer");
        assertThat(request.manufacturer).isEqualTo("hikvision");
        assertThat(request.model).isEqualTo("DS-2CD2143G2-I");
        assertThat(request.firmwareVersion).isEqualTo("V5.7.3");
        assertThat(request.serialNumber).isEqualTo("DS2143-0001");
        assertThat(request.macAddress).isEqualTo("44:19:B6:01:02:03");
        assertThat(request.connectionType).isEqualTo("rtsp");
        assertThat(request.primaryStreamUrl).endsWith("/101");
        assertThat(request.secondaryStreamUrl).endsWith("/102");
        assertThat(request.snapshotUrl).endsWith("/picture");
        assertThat(request.connectionConfig.getJsonObject("tls").getString("mode")).isEqualTo("pinned");
        assertThat(request.enabled).isFalse();
    }

    @Test
    void theWriteOnlyFieldsStayNullSoTheStoredSecretsAreKept() {
        CameraSettings request = CameraSettings.of(StoredCameras.everyFieldSet());
        assertThat(request.password).isNull();
        assertThat(request.cloudConfig).isNull();
        assertThat(request.moveCredentials).isNull();
    }

    @Test
    void aCameraWithNothingOptionalGivesNullsNotErrors() {
        CameraSettings request = CameraSettings.of(new Camera("Bare"));
        assertThat(request.name).isEqualTo("Bare");
        assertThat(request.connectionType).isNull();
        assertThat(request.connectionConfig).isNull();
        assertThat(request.enabled).isTrue();
    }

    private static Object valueOf(Field field, CameraSettings request) {
        try {
            return field.get(request);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
