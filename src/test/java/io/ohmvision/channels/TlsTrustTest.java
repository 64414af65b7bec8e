package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TlsTrustTest {

    private static final String OPENSSL_FORM =
            "3C:B5:3F:65:89:68:FB:46:31:36:13:18:C7:C5:65:E2:63:57:5F:EC:F8:B2:D9:D5:92:7B:21:A8:57:83:13:A7";

    @Test
    void pinsAFingerprintWrittenWithOrWithoutColonsInAnyCase() {
        TlsTrust bare = TlsTrust.pinned(OPENSSL_FORM.replace(":", "").toLowerCase());

        assertThat(bare.pinnedSha256()).isEqualTo(OPENSSL_FORM);
        assertThat(bare.pins(OPENSSL_FORM)).isTrue();
        assertThat(bare.pins(OPENSSL_FORM.replace("3C:", "3D:"))).isFalse();
    }

    @Test
    void refusesSomethingThatIsNotASha256() {
        assertThatThrownBy(() -> TlsTrust.pinned("3C:B5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsTrust.pinned(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pinsNothingUnlessPinned() {
        assertThat(TlsTrust.TRUST_ON_FIRST_USE.pins(OPENSSL_FORM)).isFalse();
        assertThatThrownBy(() -> new TlsTrust(TlsTrust.Mode.SYSTEM, OPENSSL_FORM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheOldFourPartTargetOnTheSystemTrustStore() {
        ProbeTarget target = new ProbeTarget("https://10.0.0.5/snap.jpg", null, null, java.time.Duration.ofSeconds(1));

        assertThat(target.tlsTrust()).isEqualTo(TlsTrust.SYSTEM);
        assertThat(target.withTlsTrust(TlsTrust.pinned(OPENSSL_FORM)).tlsTrust().mode()).isEqualTo(TlsTrust.Mode.PINNED);
    }
}
