package io.ohmvision.channels.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.FlatJpeg;
import io.ohmvision.testing.HostileInput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Snapshots and MJPEG streams a hostile camera may send: the JPEG check reads headers only (a picture's claimed size
 * costs nothing), and the multipart reader and sampler are bounded in boundary length, header lines and frames, so
 * work per probe does not grow with how fast the camera sends. Time bounds are generous guards.
 */
class HostileJpegTest {


    @Test
    void absurdDimensionsAreReadFromTheHeaderWithoutDecoding() throws PeerProtocolException {
        assertThat(JpegImage.parse(FlatJpeg.of(65_535, 65_535))).isEqualTo(new JpegImage(65_535, 65_535));
    }

    @Test
    void sixteenMegabytesOfFillBytesAreLinear() {
        byte[] jpeg = new byte[16 * HostileInput.MIB];
        Arrays.fill(jpeg, (byte) 0xFF);
        jpeg[1] = (byte) 0xD8;
        jpeg[jpeg.length - 1] = (byte) 0xD9;

        assertTimeoutPreemptively(HostileInput.BOUND, () -> assertThatThrownBy(() -> JpegImage.parse(jpeg))
                .hasMessage("corrupt JPEG: no frame header before the image data"));
    }

    @Test
    void refusesABoundaryLongerThanAnyStandardOne() {
        String boundary = "b".repeat(HostileInput.MIB);

        assertTimeoutPreemptively(HostileInput.BOUND, () -> assertThatThrownBy(() -> MjpegSampler.sample(boundary,
                new ByteArrayInputStream(new byte[0]), Deadline.after(HostileInput.BOUND), HostileInput.BOUND))
                .isInstanceOf(PeerProtocolException.class)
                .hasMessage("multipart boundary longer than " + MultipartJpegReader.MAX_BOUNDARY + " characters"));
    }

    @Test
    void refusesAPartWithEndlessHeaderLines() {
        InputStream body = endless("--b\r\n", "X-Filler: yes\r\n");

        assertTimeoutPreemptively(HostileInput.BOUND, () -> assertThatThrownBy(() -> new MultipartJpegReader(body, "b").nextPart())
                .isInstanceOf(PeerProtocolException.class)
                .hasMessage("MJPEG part with more than " + MultipartJpegReader.MAX_HEADER_LINES + " header lines"));
    }

    @Test
    void samplesAtMostAFewHundredFramesHoweverFastTheyCome() throws Exception {
        byte[] tiny = FlatJpeg.of(8, 8);
        InputStream body = endless("", "--b\r\nContent-Type: image/jpeg\r\nContent-Length: " + tiny.length + "\r\n\r\n"
                + new String(tiny, StandardCharsets.ISO_8859_1) + "\r\n");

        CameraPicture picture = assertTimeoutPreemptively(HostileInput.BOUND, () -> MjpegSampler.sample("b", body,
                Deadline.after(Duration.ofSeconds(30)), Duration.ofSeconds(20)));

        assertThat(picture.description()).startsWith("MJPEG stream 8x8, " + MjpegSampler.MAX_FRAMES + " frames");
    }

    @Test
    void aMegabyteOfAlmostDelimitersIsSearchedInLinearTime() throws Exception {
        String boundary = "x".repeat(MultipartJpegReader.MAX_BOUNDARY);
        byte[] body = ("\n--" + boundary.substring(1)).repeat(HostileInput.MIB / boundary.length())
                .getBytes(StandardCharsets.ISO_8859_1);
        MultipartJpegReader reader = new MultipartJpegReader(new ByteArrayInputStream(body), boundary);

        assertThat(assertTimeoutPreemptively(HostileInput.BOUND, reader::nextPart)).isNull();
    }

    /** The head once, then the same text again and again, for ever. */
    private static InputStream endless(String head, String repeated) {
        byte[] first = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] again = repeated.getBytes(StandardCharsets.ISO_8859_1);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                long at = position++;
                return (at < first.length ? first[(int) at] : again[(int) ((at - first.length) % again.length)]) & 0xFF;
            }
        };
    }
}
