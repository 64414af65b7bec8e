package io.ohmvision.discovery.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.discovery.onboarding.RegisteredDevice.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisteredDevicesTest {

    private final RegisteredDevices stored = new RegisteredDevices(List.of(
            new RegisteredDevice(Kind.CAMERA, 1, "Gate", "44:19:B6:00:00:10", "SN-1", "192.0.2.10"),
            new RegisteredDevice(Kind.CAMERA, 2, "Yard", null, "SN-2", "192.0.2.11"),
            new RegisteredDevice(Kind.RECORDER, 3, "NVR", null, null, "192.0.2.12")));

    @Test
    void theMacWinsWhateverItsSpellingEvenAtANewAddress() {
        assertThat(stored.match(Kind.CAMERA, "44-19-b6-00-00-10", "SN-2", "192.0.2.99"))
                .hasValueSatisfying(m -> {
                    assertThat(m.device().id()).isEqualTo(1);
                    assertThat(m.by()).isEqualTo("mac");
                });
    }

    @Test
    void thenTheSerialNumberThenTheAddress() {
        assertThat(stored.match(Kind.CAMERA, "02:00:00:00:00:01", "SN-2", "192.0.2.10"))
                .hasValueSatisfying(m -> assertThat(m.device().id() + " " + m.by()).isEqualTo("2 serial"));
        assertThat(stored.match(Kind.CAMERA, null, null, "192.0.2.11"))
                .hasValueSatisfying(m -> assertThat(m.device().id() + " " + m.by()).isEqualTo("2 address"));
    }

    @Test
    void aRecorderIsFoundOnlyAmongRecordersAndACameraOnlyAmongCameras() {
        assertThat(stored.match(Kind.RECORDER, null, null, "192.0.2.12"))
                .hasValueSatisfying(m -> assertThat(m.device().id()).isEqualTo(3));
        assertThat(stored.match(Kind.CAMERA, null, null, "192.0.2.12")).isEmpty();
        assertThat(stored.match(Kind.RECORDER, null, null, "192.0.2.10")).isEmpty();
    }

    @Test
    void valuesADeviceLacksMatchNothing() {
        assertThat(stored.match(Kind.CAMERA, null, null, null)).isEmpty();
        assertThat(stored.match(Kind.CAMERA, " ", "", "192.0.2.200")).isEmpty();
    }
}
