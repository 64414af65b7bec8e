package io.ohmvision.channels.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.HostileInput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RTSP replies and WWW-Authenticate challenges a hostile camera may send: the reader's byte limits hold however the
 * bytes are arranged, and challenge parsing is one pass over the header. Time bounds are generous guards.
 */
class HostileRtspTest {


    @Test
    void refusesAnEndlessHeaderLine() {
        assertRefused("RTSP/1.0 200 OK\r\nServer: " + "x".repeat(HostileInput.MIB), "reply header exceeds 16384 bytes");
    }

    @Test
    void refusesEndlessShortHeaderLines() {
        assertRefused("RTSP/1.0 200 OK\r\n" + "a:\n".repeat(HostileInput.MIB / 3), "reply header exceeds 16384 bytes");
    }

    @Test
    void refusesAnEndlessStatusLine() {
        assertRefused("RTSP/1.0 200 " + "O".repeat(HostileInput.MIB), "reply header exceeds 16384 bytes");
    }

    @Test
    void refusesABodyLongerThanTheLimit() {
        assertRefused("RTSP/1.0 200 OK\r\nContent-Length: 99999999999\r\n\r\n", "malformed Content-Length");
        assertRefused("RTSP/1.0 200 OK\r\nContent-Length: 1048576\r\n\r\n",
                "reply body of 1048576 bytes is out of bounds");
        assertRefused("RTSP/1.0 200 OK\r\nContent-Type: application/sdp\r\n\r\n" + "v".repeat(HostileInput.MIB),
                "reply body without length exceeds 262144 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", " ", "Digest ", "realm=", "\"", "Digest realm=\"", "a=b,", "=", "\\", "Basic, "})
    void parsesTheLargestChallengeHeaderInOnePass(String repeated) {
        String header = repeated.repeat(RtspResponseReader.MAX_HEADER_BYTES / repeated.length());

        List<AuthChallenge> challenges = assertTimeoutPreemptively(HostileInput.BOUND,
                () -> AuthChallenge.parseAll(List.of(header, header, header)));

        assertTimeoutPreemptively(HostileInput.BOUND, () -> AuthChallenge.strongest(challenges));
        assertThat(challenges.size()).isLessThanOrEqualTo(3 * RtspResponseReader.MAX_HEADER_BYTES);
    }

    @Test
    void anUnterminatedQuoteEndsTheChallenge() {
        assertThat(AuthChallenge.parseAll(List.of("Digest realm=\"" + "x".repeat(HostileInput.MIB))))
                .singleElement().satisfies(c -> assertThat(c.realm()).hasSize(HostileInput.MIB));
    }

    private static void assertRefused(String reply, String reason) {
        InputStream in = new ByteArrayInputStream(reply.getBytes(StandardCharsets.ISO_8859_1));
        assertTimeoutPreemptively(HostileInput.BOUND, () -> assertThatThrownBy(() -> RtspResponseReader.read(in))
                .isInstanceOf(PeerProtocolException.class).hasMessage(reason));
    }
}
