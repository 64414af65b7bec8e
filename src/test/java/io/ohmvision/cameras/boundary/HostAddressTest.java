package io.ohmvision.cameras.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.64", "0.0.0.0", "255.255.255.255", "fe80::1", "2001:db8::8a2e:370:7334",
            "::ffff:10.0.0.1", "cam-01.site.example", "localhost", "nvr"})
    void acceptsAddressesAndHostNames(String value) {
        assertThat(HostAddress.Validator.isHostAddress(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.1.1.1", "192.168.1", "1.2.3.4.5", "fe80::1::2", "bad host", "-leading.example",
            "under_score.example", "http://10.0.0.1", "10.0.0.1:554", ":::", "ab:cd:zz::1"})
    void refusesWhatIsNeither(String value) {
        assertThat(HostAddress.Validator.isHostAddress(value)).isFalse();
    }
}
