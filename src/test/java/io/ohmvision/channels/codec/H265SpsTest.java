package io.ohmvision.channels.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class H265SpsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // libx265: coded 1368x768, conformance window crops to 1366x766
            "conformance window, QgEBAWAAAAMAkAAAAwAAAwB4oAKsgDAdVllZpJMrwFoCAAADAAIAAAMAPBA=, 1366, 766",
            // libx265 temporal-layers=1: two sub-layers, so profile_tier_level carries sub-layer flags
            "two sub-layers, QgECAWAAAAMAkAAAAwAAAwB4AACgA8CAEOWWVmKzSSZXgLQEAAADAAQAAAMAZCA=, 1920, 1080",
            "1440p, QgEBAWAAAAMAkAAAAwAAAwCWoAFAIAWhZZWaSTK8BaAgAAADACAAAAMCgQ==, 2560, 1440",
    })
    void readsDisplayedSize(String name, String base64, int width, int height) {
        PictureFormat format = H265Sps.parse(Base64.getDecoder().decode(base64));

        assertThat(format).isEqualTo(new PictureFormat(width, height, null));
    }

    @Test
    void refusesAVideoParameterSet() {
        byte[] vps = Base64.getDecoder().decode("QAEMAf//AWAAAAMAkAAAAwAAAwCWlZgJ");

        assertThatThrownBy(() -> H265Sps.parse(vps)).isInstanceOf(InvalidBitstreamException.class);
    }
}
