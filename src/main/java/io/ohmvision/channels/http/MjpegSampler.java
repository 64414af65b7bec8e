package io.ohmvision.channels.http;

import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.PeerProtocolException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Watches an MJPEG stream for a short window: every part must be a complete JPEG; the first gives the size, the
 * arrival times give the frame rate. The window ends with the first frame after it, after {@value #MAX_FRAMES}
 * frames (a camera sending faster would only cost more work, not a better rate), or at the probe's deadline.
 */
final class MjpegSampler {

    static final int MAX_FRAMES = 250;

    private MjpegSampler() {
    }

    static CameraPicture sample(String boundary, InputStream body, Deadline deadline, Duration window)
            throws IOException {
        if (boundary == null || boundary.isBlank()) {
            throw new PeerProtocolException("multipart reply without a boundary parameter");
        }
        if (boundary.length() > MultipartJpegReader.MAX_BOUNDARY) {
            throw new PeerProtocolException("multipart boundary longer than " + MultipartJpegReader.MAX_BOUNDARY
                    + " characters");
        }
        MultipartJpegReader reader = new MultipartJpegReader(body, boundary);
        long windowEnd = System.nanoTime() + window.toNanos();
        JpegImage first = null;
        int parts = 0;
        int frames = 0;
        long firstNanos = 0;
        long lastNanos = 0;
        while (frames == 0 || lastNanos - windowEnd < 0 && frames < MAX_FRAMES) {
            byte[] part;
            try {
                part = reader.nextPart();
            } catch (IOException cut) {
                if (frames > 0 && deadline.hasPassed()) {
                    break; // the deadline ended the window early; what arrived still counts
                }
                throw cut;
            }
            if (part == null) {
                break;
            }
            Optional<JpegImage> image = frame(part, ++parts);
            if (image.isEmpty()) {
                continue;
            }
            lastNanos = System.nanoTime();
            if (frames++ == 0) {
                first = image.get();
                firstNanos = lastNanos;
            }
        }
        if (first == null) {
            throw new PeerProtocolException("MJPEG stream ended before its first frame");
        }
        Double fps = frames < 2 ? null : Math.round((frames - 1) * 1e11 / (lastNanos - firstNanos)) / 100.0;
        String rate = fps == null ? "one frame" : frames + " frames, " + String.format(Locale.ROOT, "%.2f", fps) + " fps measured";
        return new CameraPicture("MJPEG stream " + first.width() + "x" + first.height() + ", " + rate,
                new MediaFacts("MJPEG", first.width(), first.height(), fps, null));
    }

    /**
     * Empty for a broken first part: a client that joins a live stream may get the end of a frame under a stale
     * part header (VLC does this to every new client). Any later broken part is the camera's fault.
     */
    private static Optional<JpegImage> frame(byte[] part, int number) throws PeerProtocolException {
        try {
            return Optional.of(JpegImage.parse(part));
        } catch (PeerProtocolException notJpeg) {
            if (number == 1) {
                return Optional.empty();
            }
            throw new PeerProtocolException("MJPEG part " + number + ": " + notJpeg.getMessage());
        }
    }
}
