package io.ohmvision.discovery.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnvifScopesTest {

    @Test
    void readsCategoriesInAnyCaseAndKeepsTheRest() {
        OnvifScopes scopes = OnvifScopes.parse("  ONVIF://www.onvif.org/Hardware/IPC-HDW2431T%2BZS "
                + "onvif://www.onvif.org/name/Dahua+Cam onvif://www.onvif.org/macaddress/3c:ef:8c:01:02:03 "
                + "http://vendor.example/scope onvif://www.onvif.org/Profile/G\tonvif://www.onvif.org/Profile/T ");

        assertThat(scopes.hardware()).isEqualTo("IPC-HDW2431T+ZS");
        assertThat(scopes.name()).isEqualTo("Dahua+Cam");
        assertThat(scopes.macAddress()).isEqualTo("3c:ef:8c:01:02:03");
        assertThat(scopes.profiles()).containsExactly("G", "T");
        assertThat(scopes.all()).hasSize(6).contains("http://vendor.example/scope");
    }

    @Test
    void keepsAValueThatIsNotValidlyEncoded() {
        assertThat(OnvifScopes.parse("onvif://www.onvif.org/name/100%25%ZZ").name()).isEqualTo("100%25%ZZ");
    }

    @Test
    void readsNothingFromNothing() {
        OnvifScopes none = OnvifScopes.parse(null);

        assertThat(none.all()).isEmpty();
        assertThat(none.hardware()).isNull();
    }
}
