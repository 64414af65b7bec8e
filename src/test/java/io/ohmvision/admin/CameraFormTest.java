package io.ohmvision.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.boundary.CameraRequest;
import org.junit.jupiter.api.Test;

class CameraFormTest {

    @Test
    void thePasswordIsWriteOnly() {
        CameraForm form = new CameraForm();
        form.setPassword("s3cret");
        assertThat(form.getPassword()).isNull();
        assertThat(form.toRequest(true).password).isEqualTo("s3cret");
    }

    @Test
    void operatorsSendNoCredentialsSoTheStoredOnesStay() {
        CameraForm form = new CameraForm();
        form.setName("Gate");
        form.setUsername("admin");
        form.setPassword("s3cret");
        CameraRequest request = form.toRequest(false);
        assertThat(request.username).isNull();
        assertThat(request.password).isNull();
    }

    @Test
    void blanksBecomeNothingAndABlankPasswordKeepsTheStoredOne() {
        CameraForm form = new CameraForm();
        form.setName("Gate");
        form.setPrimaryStreamUrl("  ");
        form.setManufacturer("");
        form.setPassword("");
        CameraRequest request = form.toRequest(true);
        assertThat(request.primaryStreamUrl).isNull();
        assertThat(request.manufacturer).isNull();
        assertThat(request.password).isNull();
        assertThat(request.enabled).isTrue();
    }
}
