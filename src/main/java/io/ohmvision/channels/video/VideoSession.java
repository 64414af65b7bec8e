package io.ohmvision.channels.video;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.Verdict;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * One open-decode-close of an input on the calling thread: media facts, time to the first decoded video frame, a
 * JPEG of it, and optionally frames counted over a window for fps and a frozen picture.
 * <p>
 * The grabber is opened and released without JavaCV's JVM-wide lock ({@code start()} and {@code release()} hold
 * {@code avcodec.class} while FFmpeg connects, reads the stream's first seconds and frees it, so one slow camera held
 * up every other decode of the process). That lock stands in for the lock manager {@code avcodec_open2} needed before
 * FFmpeg 4; since then FFmpeg takes its own mutex around the init of any codec not marked thread-safe, and the
 * FFmpeg bundled here is 8.1. JavaCV's maintainer names the risk that is left as encoders such as libx264, and we
 * only decode. {@code startUnsafe()} and {@code releaseUnsafe()} are JavaCV's public entry points for this
 * (bytedeco/javacv#1205, #1698); the grabber's own monitor still orders the calls on one grabber.
 */
final class VideoSession {

    /**
     * The most pixels a picture may have to be decoded: 8K (7680x4320). A 12000x12000 JPEG of 844 kB made one
     * decode and snapshot take 1.1 GB here, the snapshot's Java image alone 430 MB.
     */
    static final long MAX_PIXELS = 7680L * 4320;

    static {
        // FFmpeg logs the URLs it opens, credentials included, at several levels: none of it may reach a log
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    }

    private final ConnectionType channel;
    private final ProbeTarget target;
    private final VideoInput input;
    private final Deadline deadline;
    private final Optional<Path> caFile;

    /** @param caFile the CA bundle that checks certificates over TLS */
    VideoSession(ConnectionType channel, ProbeTarget target, VideoInput input, Deadline deadline,
                 Optional<Path> caFile) {
        this.channel = channel;
        this.target = target;
        this.input = input;
        this.deadline = deadline;
        this.caFile = caFile;
    }

    /** @param settings the window to measure over, or null to stop at the first frame */
    DeepProbeResult run(DeepProbeSettings settings) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(input.location());
        MediaFacts media = MediaFacts.NONE;
        try {
            if (input.format() != null) {
                grabber.setFormat(input.format());
            }
            grabber.setOptions(FfmpegOptions.forScheme(input.scheme(), deadline.remaining(), caFile));
            grabber.startUnsafe();
            media = mediaFacts(grabber);
            if (!grabber.hasVideo()) {
                return result(new Verdict(Outcome.UNSUPPORTED, "no video stream (" + media.summary() + ")"), media);
            }
            if (tooLarge(grabber.getImageWidth(), grabber.getImageHeight())) {
                return result(tooLargeVerdict(grabber.getImageWidth(), grabber.getImageHeight()), media);
            }
            Frame first = grabber.grabImage();
            if (first == null) {
                return result(new Verdict(Outcome.PROTOCOL_ERROR, "the stream ended before a video frame"), media);
            }
            if (tooLarge(first.imageWidth, first.imageHeight)) {
                return result(tooLargeVerdict(first.imageWidth, first.imageHeight), media);
            }
            long timeToFirstFrame = deadline.elapsedMillis();
            byte[] jpeg = JpegSnapshot.of(first);
            FrozenPictureDetector detector = settings == null ? null
                    : new FrozenPictureDetector(settings.framesToCallFrozen());
            Double fps = settings == null ? null : watch(grabber, first, settings.fpsWindow(), detector);
            boolean frozen = detector != null && detector.frozen();
            Verdict verdict = new Verdict(Outcome.OK, decodedReason(media, timeToFirstFrame, fps, frozen));
            return new DeepProbeResult(result(verdict, media).probe(), timeToFirstFrame, fps, frozen, jpeg);
        } catch (FrameGrabber.Exception failed) {
            // the message quotes the connect URL: only its error code is read, by FfmpegFailures
            return result(failure(failed.getMessage()), media);
        } finally {
            closeQuietly(grabber);
        }
    }

    /**
     * Counts frames until the window has passed in wall-clock time or in stream time, whichever comes first: a live
     * stream can deliver its buffered start in a burst, and a file decodes faster than real time, so frames per the
     * larger of the two spans is what the source really delivers. Stream time starts at the frame after the first,
     * because the first one may be a cached key frame stamped long before the rest.
     */
    private Double watch(FFmpegFrameGrabber grabber, Frame first, Duration window, FrozenPictureDetector detector)
            throws FrameGrabber.Exception {
        detector.add(signature(first));
        long windowNanos = Math.min(window.toNanos(), deadline.remaining().toNanos());
        long wallStart = System.nanoTime();
        long streamStart = Long.MIN_VALUE;
        long wallSpan = 0;
        long streamSpan = 0;
        int intervals = -1;
        while (wallSpan < windowNanos && streamSpan < windowNanos) {
            Frame frame = grabber.grabImage();
            if (frame == null || tooLarge(frame.imageWidth, frame.imageHeight)) {
                break; // the end, or a picture grown past the limit mid-stream
            }
            detector.add(signature(frame));
            intervals++;
            if (streamStart == Long.MIN_VALUE) {
                streamStart = frame.timestamp;
                wallStart = System.nanoTime();
            }
            wallSpan = System.nanoTime() - wallStart;
            streamSpan = (frame.timestamp - streamStart) * 1_000;
        }
        long span = Math.max(wallSpan, streamSpan);
        return span <= 0 ? null : intervals * 1e9 / span;
    }

    /** Decoding costs memory in proportion to the pixels, a camera says how many: the first frame is checked. */
    private static boolean tooLarge(int width, int height) {
        return (long) width * height > MAX_PIXELS;
    }

    private static Verdict tooLargeVerdict(int width, int height) {
        return new Verdict(Outcome.UNSUPPORTED, "the picture is " + width + "x" + height
                + ", larger than OhmVision decodes (8K, " + MAX_PIXELS + " pixels): not decoded");
    }

    private static LumaSignature signature(Frame frame) {
        return LumaSignature.of((ByteBuffer) frame.image[0], frame.imageWidth, frame.imageHeight, frame.imageStride,
                frame.imageChannels);
    }

    private Verdict failure(String grabberMessage) {
        if (deadline.hasPassed()) {
            return new Verdict(Outcome.TIMEOUT, "no decoded video frame within " + target.timeout().toMillis() + " ms");
        }
        // FFmpeg's OpenSSL says only "input/output error" when it refuses a certificate
        if (FfmpegOptions.overTls(input.scheme())
                && FfmpegFailures.errorCode(grabberMessage).filter(code -> code == FfmpegFailures.EIO).isPresent()) {
            return new Verdict(Outcome.TLS_ERROR, "TLS failed: the certificate is not trusted by the system's CAs or "
                    + "not made for this host (or the peer closed the connection)");
        }
        return FfmpegFailures.classify(grabberMessage, target.hasCredentials(), target.timeout());
    }

    private static MediaFacts mediaFacts(FFmpegFrameGrabber grabber) {
        boolean video = grabber.hasVideo();
        double fps = grabber.getVideoFrameRate();
        return new MediaFacts(video ? CodecNames.display(grabber.getVideoCodecName()) : null,
                video ? grabber.getImageWidth() : null, video ? grabber.getImageHeight() : null,
                video && fps > 0 ? Math.round(fps * 100) / 100.0 : null,
                grabber.hasAudio() ? CodecNames.display(grabber.getAudioCodecName()) : null);
    }

    private static String decodedReason(MediaFacts media, long timeToFirstFrame, Double fps, boolean frozen) {
        StringBuilder reason = new StringBuilder("decoded ").append(media.summary())
                .append("; first frame after ").append(timeToFirstFrame).append(" ms");
        if (fps != null) {
            reason.append(String.format(Locale.ROOT, "; %.1f fps measured", fps));
        }
        if (frozen) {
            reason.append("; the picture is frozen");
        }
        return reason.toString();
    }

    DeepProbeResult result(Verdict verdict, MediaFacts media) {
        return DeepProbeResult.undecoded(channel, target, deadline.elapsedMillis(), verdict, media);
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.releaseUnsafe(); // see the class comment: no JVM-wide lock
        } catch (FrameGrabber.Exception ignored) {
            // nothing left to report: the result is already decided and the native context is released anyway
        }
    }
}
