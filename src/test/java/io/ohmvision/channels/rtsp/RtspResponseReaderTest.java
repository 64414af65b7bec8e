package io.ohmvision.channels.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RtspResponseReaderTest {

    @Test
    void readsACapturedDescribeReply() throws IOException {
        RtspResponse response = read(Fixtures.bytes("rtsp/gstreamer/describe-main-200.txt"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).contains("application/sdp");
        assertThat(response.body()).hasSize(528);
        assertThat(response.bodyText()).startsWith("v=0").contains("sprop-parameter-sets=");
    }

    @Test
    void keepsRepeatedHeaders() throws IOException {
        RtspResponse response = read(Fixtures.bytes("rtsp/axis/describe-401.txt"));

        assertThat(response.headers("WWW-Authenticate")).hasSize(2);
    }

    @Test
    void readsABodyWithoutLengthUntilTheServerCloses() throws IOException {
        RtspResponse response = read("RTSP/1.0 200 OK\nContent-Type: application/sdp\n\nv=0\r\nm=video 0 RTP/AVP 26\r\n");

        assertThat(response.bodyText()).isEqualTo("v=0\r\nm=video 0 RTP/AVP 26\r\n");
    }

    @Test
    void namesAnHttpServerOnTheRtspPort() {
        assertThatThrownBy(() -> read("HTTP/1.1 400 Bad Request\r\n\r\n"))
                .isInstanceOf(PeerProtocolException.class).hasMessage("not an RTSP server (answered HTTP/1.1)");
    }

    @Test
    void neverRepeatsGarbageInItsMessage() {
        assertThatThrownBy(() -> read("Authorization: Basic YWRtaW46czNjcmV0\r\n\r\n"))
                .isInstanceOf(PeerProtocolException.class).hasMessage("not an RTSP reply (unexpected status line)");
    }

    @Test
    void refusesAnEndlessHeader() {
        byte[] endless = ("RTSP/1.0 200 OK\r\nX: " + "a".repeat(RtspResponseReader.MAX_HEADER_BYTES)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(endless)).isInstanceOf(PeerProtocolException.class);
    }

    @Test
    void refusesAnOversizedBody() {
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nContent-Length: 999999999\r\n\r\n"))
                .isInstanceOf(PeerProtocolException.class);
    }

    @Test
    void tellsAnImmediateCloseFromATruncatedReply() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ClosedBeforeReplyException.class);
        assertThatThrownBy(() -> read("RTSP/1.0 200 OK\r\nContent-Length: 10\r\n\r\nv=0"))
                .isInstanceOf(EOFException.class);
    }

    private static RtspResponse read(String raw) throws IOException {
        return read(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static RtspResponse read(byte[] raw) throws IOException {
        return RtspResponseReader.read(new ByteArrayInputStream(raw));
    }
}
