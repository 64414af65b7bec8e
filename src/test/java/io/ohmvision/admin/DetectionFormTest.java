package io.ohmvision.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.discovery.boundary.AutoDetectBody;
import org.junit.jupiter.api.Test;

/**
 * The wizard stores a detected camera through the same method as the API's auto-detect with create
 * (AutoDetection#store, which makes the camera in DetectedCamera): given the same device, name and credentials, it
 * must ask for exactly what the API's body asks for, so that both roads give the same camera.
 */
class DetectionFormTest {

    private static DetectionForm form() {
        DetectionForm form = new DetectionForm();
        form.setIp("192.0.2.64");
        form.setPort(8554);
        form.setManufacturer("hikvision");
        form.setUsername("admin");
        form.setPassword("s3cret");
        form.setName("Gate");
        return form;
    }

    @Test
    void addingAsAnAdminAsksForWhatTheApisAutoDetectWithCreateAsksFor() {
        AutoDetectBody body = new AutoDetectBody();
        body.ip = "192.0.2.64";
        body.port = 8554;
        body.manufacturer = "hikvision";
        body.username = "admin";
        body.password = "s3cret";
        body.name = "Gate";
        body.create = true;
        assertThat(form().saving(true)).isEqualTo(body.toRequest());
    }

    @Test
    void anOperatorAddsTheCameraWithoutTheCredentials() {
        assertThat(form().saving(false).username()).isNull();
        assertThat(form().saving(false).password()).isNull();
        assertThat(form().saving(false).create()).isTrue();
    }
}
