package io.ohmvision.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.CameraSettings;
import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.testing.StoredCameras;
import org.junit.jupiter.api.Test;

class CameraFormTest {

    @Test
    void thePasswordIsWriteOnly() {
        CameraForm form = new CameraForm();
        form.setPassword("s3cret");
        assertThat(form.getPassword()).isNull();
        assertThat(form.applyTo(new CameraSettings(), true).password).isEqualTo("s3cret");
    }

    @Test
    void operatorsSendNoUserNameAndAPasswordOnlyTypedAgainSoTheStoredCredentialsStay() {
        CameraForm form = shown(StoredCameras.everyFieldSet());
        form.setUsername("admin");
        form.setPassword("typed-again");
        form.setMoveCredentials(true);
        CameraSettings request = form.applyTo(CameraSettings.of(StoredCameras.everyFieldSet()), false);
        assertThat(request.username).isNull();
        assertThat(request.password).as("the registry refuses it unless it is the stored one").isEqualTo("typed-again");
        assertThat(request.moveCredentials).as("only admins move stored credentials").isNull();

        CameraForm fresh = new CameraForm();
        fresh.setPassword("s3cret");
        assertThat(fresh.applyTo(new CameraSettings(), false).password).as("no stored password to type again")
                .isNull();
    }

    @Test
    void anAdminMovesTheStoredPasswordOnlyWhenTheBoxIsTicked() {
        CameraForm form = shown(StoredCameras.everyFieldSet());
        assertThat(form.applyTo(CameraSettings.of(StoredCameras.everyFieldSet()), true).moveCredentials).isNull();
        form.setMoveCredentials(true);
        assertThat(form.applyTo(CameraSettings.of(StoredCameras.everyFieldSet()), true).moveCredentials).isTrue();
    }

    @Test
    void blanksBecomeNothingAndABlankPasswordKeepsTheStoredOne() {
        CameraForm form = new CameraForm();
        form.setName("Gate");
        form.setPrimaryStreamUrl("  ");
        form.setManufacturer("");
        form.setPassword("");
        CameraSettings request = form.applyTo(new CameraSettings(), true);
        assertThat(request.primaryStreamUrl).isNull();
        assertThat(request.manufacturer).isNull();
        assertThat(request.password).isNull();
        assertThat(request.enabled).isTrue();
    }

    @Test
    void savingAnUnchangedFormSendsTheCameraBackAsStored() {
        Camera camera = StoredCameras.everyFieldSet();
        CameraSettings saved = shown(camera).applyTo(CameraSettings.of(camera), true);
        CameraSettings stored = CameraSettings.of(camera);
        // JSON values compare by equals, not by their builders' insides
        assertThat(saved).usingRecursiveComparison().ignoringFields("connectionConfig").isEqualTo(stored);
        assertThat(saved.connectionConfig).isEqualTo(stored.connectionConfig);
    }

    @Test
    void theFieldsTheDialogDoesNotShowAreKept() {
        Camera camera = StoredCameras.everyFieldSet();
        CameraForm form = shown(camera);
        form.setName("Gate, south");
        CameraSettings saved = form.applyTo(CameraSettings.of(camera), false);
        assertThat(saved.name).isEqualTo("Gate, south");
        assertThat(saved.version).isEqualTo(7L);
        assertThat(saved.ipAddress).isEqualTo("192.0.2.64");
        assertThat(saved.port).isEqualTo(8554);
        assertThat(saved.firmwareVersion).isEqualTo("V5.7.3");
        assertThat(saved.serialNumber).isEqualTo("DS2143-0001");
        assertThat(saved.macAddress).isEqualTo("44:19:B6:01:02:03");
        assertThat(saved.connectionConfig.getJsonObject("tls").getString("sha256")).isEqualTo("ab");
    }

    @Test
    void theFormSendsTheVersionItWasOpenedAtNotTheStoredOne() {
        Camera camera = StoredCameras.everyFieldSet();
        CameraForm form = shown(camera);
        CameraSettings newer = CameraSettings.of(camera);
        newer.version = 8L;
        assertThat(form.applyTo(newer, true).version).isEqualTo(7L);
    }

    /** The dialog opened on the stored camera, as the console opens it. */
    private static CameraForm shown(Camera camera) {
        return CameraForm.of(42, camera.hasPassword(), CameraSettings.of(camera));
    }
}
