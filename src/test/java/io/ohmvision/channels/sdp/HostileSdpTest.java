package io.ohmvision.channels.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.testing.HostileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SDPs a hostile camera may answer DESCRIBE (or WHEP) with, a megabyte each (the readers stop at 256 kB): parsing
 * and deriving the media facts stay linear and the result is bounded. Time bounds are generous guards.
 */
class HostileSdpTest {


    @ParameterizedTest
    @ValueSource(strings = {"m=video 0 RTP/AVP 96\n", "a=fmtp:96 a=b;", "a=rtpmap:96 H264/90000\r\n", "\r", "\n",
            "a=ssrc:1 x\n", "a=candidate:1 1 UDP 1 127.0.0.1 9 typ host\n", " ", "m=", "a=fmtp:96 "})
    void aMegabyteOfOneLineRepeatedIsLinear(String repeated) {
        String sdp = "v=0\nm=video 0 RTP/AVP 96\n" + repeated.repeat(HostileInput.MIB / repeated.length());

        MediaFacts facts = assertTimeoutPreemptively(HostileInput.BOUND, () -> SdpMediaFacts.of(SdpParser.parse(sdp)));

        assertThat(facts).isNotNull();
    }

    @Test
    void aFmtpWithAMegabyteOfParametersAndAHugeSpsIsBounded() {
        String sdp = "v=0\nm=video 0 RTP/AVP 96\na=rtpmap:96 H264/90000\na=fmtp:96 sprop-parameter-sets="
                + "Z".repeat(HostileInput.MIB) + ";" + "x=y;".repeat(HostileInput.MIB / 4) + "\n";

        MediaFacts facts = assertTimeoutPreemptively(HostileInput.BOUND, () -> SdpMediaFacts.of(SdpParser.parse(sdp)));

        assertThat(facts.videoCodec()).isEqualTo("H.264");
        assertThat(facts.width()).isNull();
    }

    @Test
    void aMediaLineWithAMegabyteOfPayloadTypesIsLinear() {
        String sdp = "v=0\nm=video 0 RTP/AVP" + " 96".repeat(HostileInput.MIB / 3) + "\n";

        SessionDescription parsed = assertTimeoutPreemptively(HostileInput.BOUND, () -> SdpParser.parse(sdp));

        assertThat(parsed.media()).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo("video"));
    }
}
