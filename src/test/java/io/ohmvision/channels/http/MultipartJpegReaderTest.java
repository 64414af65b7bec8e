package io.ohmvision.channels.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    void rejectsAStreamThatNeverShowsItsBoundary() {
        byte[] body = "x\r\n".repeat(100).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> readAll(body, "frame")).hasMessage("MJPEG stream without its declared boundary");
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
