package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({"hikvision,hikvision,0", "hikvison,hikvision,1", "dahau,dahua,2", ",axis,4", "kitten,sitting,3"})
    void countsInsertionsDeletionsAndSubstitutions(String a, String b, int expected) {
        assertThat(EditDistance.between(a == null ? "" : a, b)).isEqualTo(expected);
        assertThat(EditDistance.between(b, a == null ? "" : a)).isEqualTo(expected);
    }
}
