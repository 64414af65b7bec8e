package io.ohmvision.channels.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.sdp.MediaSection;
import io.ohmvision.channels.sdp.SdpParser;
import io.ohmvision.channels.sdp.SessionDescription;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class WhepOfferTest {

    private static final String FINGERPRINT = "sha-256 " + "AB:".repeat(31) + "AB";

    private final String offer = WhepOffer.recvOnly(FINGERPRINT, new SecureRandom());

    @Test
    void asksToReceiveH264Vp8AndOpus() {
        SessionDescription sdp = SdpParser.parse(offer);

        assertThat(sdp.media()).extracting(MediaSection::type).containsExactly("video", "audio");
        assertThat(sdp.media()).extracting(MediaSection::direction).containsOnly("recvonly");
        assertThat(sdp.media().get(0).rtpmaps()).containsValues("H264/90000", "VP8/90000");
        assertThat(sdp.media().get(0).fmtps().get(102)).containsEntry("packetization-mode", "1");
        assertThat(sdp.media().get(1).rtpmaps()).containsValue("opus/48000/2");
    }

    @Test
    void carriesWhatWebRtcServersRequireInEverySection() {
        String[] sections = offer.split("\r\nm=");
        assertThat(sections).hasSize(3);
        for (int i = 1; i < sections.length; i++) {
            assertThat(sections[i])
                    .contains("UDP/TLS/RTP/SAVPF", "a=mid:", "a=setup:actpass", "a=rtcp-mux",
                            "a=fingerprint:" + FINGERPRINT)
                    .containsPattern("a=ice-ufrag:[A-Za-z0-9+/]{4,}\r\n")
                    .containsPattern("a=ice-pwd:[A-Za-z0-9+/]{22,}\r\n");
        }
        assertThat(sections[0]).startsWith("v=0\r\n").contains("a=group:BUNDLE 0 1");
    }

    @Test
    void usesLineEndsOfCrLfOnly() {
        assertThat(offer.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(offer).endsWith("\r\n");
    }

    @Test
    void drawsFreshIceCredentialsPerOffer() {
        assertThat(WhepOffer.recvOnly(FINGERPRINT, new SecureRandom())).isNotEqualTo(offer);
    }
}
