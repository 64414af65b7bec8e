package io.ohmvision.channels.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartJpegReaderTest {

    private static final byte[] JPEG = Fixtures.bytes("http/snapshot-640x360.jpg");

    @Test
    void splitsFfmpegsMultipartOutputByContentLength() throws IOException {
        List<byte[]> parts = readAll(Fixtures.bytes("http/ffmpeg-mpjpeg-320x180.multipart"), "ffmpeg");

        assertThat(parts).hasSize(4);
        for (byte[] part : parts) {
            assertThat(JpegImage.parse(part)).isEqualTo(new JpegImage(320, 180));
        }
    }

    @Test
    void getsPastTheStalePartVlcSendsANewClient() throws IOException {
        List<byte[]> parts = readAll(Fixtures.bytes("http/vlc-mpjpeg-new-client.multipart"),
                "7b3cc56e5f51db803f790dad720ed50a");

        assertThat(JpegImage.looksLikeJpeg(parts.get(0))).isFalse();
        assertThat(parts.subList(1, parts.size())).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(part -> assertThat(JpegImage.parse(part)).isEqualTo(new JpegImage(320, 180)));
    }

    @Test
    void splitsPartsWithoutContentLengthAtTheNextDelimiter() throws IOException {
        byte[] body = stream("--frame", false, 3, "--frame--\r\n");

        List<byte[]> parts = readAll(body, "frame");

        assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part).isEqualTo(JPEG));
    }

    @Test
    void acceptsABoundaryDeclaredWithItsDashes() throws IOException {
        // some cameras declare boundary=--myboundary and write --myboundary, not ----myboundary
        byte[] body = stream("--myboundary", true, 2, "");

        assertThat(readAll(body, "--myboundary")).hasSize(2);
    }

    @Test
    void endsAtTheClosingDelimiter() throws IOException {
        byte[] body = stream("--b", true, 1, "--b--\r\n");

        assertThat(readAll(body, "b")).hasSize(1);
    }

    @Test
    void findsNoPartInAStreamThatNeverShowsItsBoundary() throws IOException {
        byte[] body = "x\r\n".repeat(100).getBytes(StandardCharsets.US_ASCII);

        assertThat(readAll(body, "frame")).isEmpty();
    }

    @Test
    void resynchronisesAfterAPartLongerThanItsContentLength() throws IOException {
        // VLC starts each client with the header of a part it sent earlier, then the current stream bytes
        String staleHeader = "\r\n--b\r\nContent-Type: image/jpeg\r\nContent-Length: 100\r\n\r\n";
        byte[] body = concat(staleHeader.getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(JPEG, 500, 900),
                stream("\r\n--b", true, 2, ""));

        List<byte[]> parts = readAll(body, "b");

        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).hasSize(100);
        assertThat(parts.subList(1, 3)).allSatisfy(part -> assertThat(part).isEqualTo(JPEG));
    }

    private static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    private static List<byte[]> readAll(byte[] body, String boundary) throws IOException {
        MultipartJpegReader reader = new MultipartJpegReader(new ByteArrayInputStream(body), boundary);
        List<byte[]> parts = new ArrayList<>();
        for (byte[] part = reader.nextPart(); part != null; part = reader.nextPart()) {
            parts.add(part);
        }
        return parts;
    }

    /** A multipart body as cameras write it: delimiter, part headers, JPEG, CR LF. */
    static byte[] stream(String delimiterLine, boolean withLength, int frames, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            String headers = delimiterLine + "\r\nContent-Type: image/jpeg\r\n"
                    + (withLength ? "Content-Length: " + JPEG.length + "\r\n" : "") + "\r\n";
            out.writeBytes(headers.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(JPEG);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
