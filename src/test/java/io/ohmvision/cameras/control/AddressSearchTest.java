package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.AddressSearch.PortRange;
import org.junit.jupiter.api.Test;

class AddressSearchTest {

    @Test
    void aHostPartIsSearchedInTheHostOnly() {
        AddressSearch search = AddressSearch.of("10.0.0");
        assertThat(search.hostSuffix()).isEmpty();
        assertThat(search.ports()).isEmpty();
    }

    @Test
    void hostColonDigitsAlsoMatchTheEndOfTheHostAndTheBeginningOfThePort() {
        AddressSearch search = AddressSearch.of("0.0.5:55");
        assertThat(search.hostSuffix()).contains("0.0.5");
        assertThat(search.ports()).containsExactly(new PortRange(55, 55), new PortRange(550, 559),
                new PortRange(5500, 5599), new PortRange(55000, 55999));
    }

    @Test
    void aColonWithoutDigitsMatchesAnyPort() {
        assertThat(AddressSearch.of("10.0.0.5:").ports()).containsExactly(new PortRange(0, 65_535));
    }

    @Test
    void portRangesStopAtTheLastPort() {
        assertThat(AddressSearch.portsBeginningWith("6")).containsExactly(new PortRange(6, 6),
                new PortRange(60, 69), new PortRange(600, 699), new PortRange(6000, 6999),
                new PortRange(60000, 65_535));
        assertThat(AddressSearch.portsBeginningWith("65536")).isEmpty();
        assertThat(AddressSearch.portsBeginningWith("554")).containsExactly(new PortRange(554, 554),
                new PortRange(5540, 5549), new PortRange(55400, 55499));
    }

    @Test
    void aPortIsWrittenWithoutLeadingZeros() {
        assertThat(AddressSearch.portsBeginningWith("0")).containsExactly(new PortRange(0, 0));
        assertThat(AddressSearch.portsBeginningWith("08")).isEmpty();
    }

    @Test
    void anIpv6AddressEndingInLettersIsNotTakenForAPort() {
        assertThat(AddressSearch.of("fe80::abcd").hostSuffix()).isEmpty();
    }
}
