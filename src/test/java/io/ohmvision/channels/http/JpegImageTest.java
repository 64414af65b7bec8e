package io.ohmvision.channels.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.Fixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JpegImageTest {

    private static final byte[] SNAPSHOT = Fixtures.bytes("http/snapshot-640x360.jpg");

    @Test
    void readsTheSizeFromTheFrameHeaderOfAnFfmpegJpeg() throws PeerProtocolException {
        assertThat(JpegImage.parse(SNAPSHOT)).isEqualTo(new JpegImage(640, 360));
    }

    @Test
    void acceptsLineBreaksAfterTheEndOfImage() throws PeerProtocolException {
        byte[] padded = Arrays.copyOf(SNAPSHOT, SNAPSHOT.length + 2);
        padded[padded.length - 2] = '\r';
        padded[padded.length - 1] = '\n';

        assertThat(JpegImage.parse(padded)).isEqualTo(new JpegImage(640, 360));
        assertThat(JpegImage.looksLikeJpeg(padded)).isTrue();
    }

    @Test
    void rejectsATruncatedImage() {
        byte[] half = Arrays.copyOf(SNAPSHOT, SNAPSHOT.length / 2);

        assertThat(JpegImage.looksLikeJpeg(half)).isFalse();
        assertThatThrownBy(() -> JpegImage.parse(half)).hasMessage("truncated JPEG: no end-of-image marker");
    }

    @Test
    void rejectsAnHtmlPage() {
        byte[] html = Fixtures.bytes("http/login.html");

        assertThat(JpegImage.looksLikeJpeg(html)).isFalse();
        assertThatThrownBy(() -> JpegImage.parse(html)).hasMessage("not a JPEG: no start-of-image marker");
    }

    @Test
    void rejectsAnImageWithoutAFrameHeader() {
        byte[] noFrame = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2, 1, 2, (byte) 0xFF, (byte) 0xD9};

        assertThatThrownBy(() -> JpegImage.parse(noFrame)).hasMessage("corrupt JPEG: no frame header before the image data");
    }

    @Test
    void rejectsASegmentLengthPastTheEnd() {
        byte[] overlong = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x7F, 0, 1, 2, (byte) 0xFF, (byte) 0xD9};

        assertThatThrownBy(() -> JpegImage.parse(overlong)).hasMessage("corrupt JPEG: a marker segment runs past the end");
    }
}
