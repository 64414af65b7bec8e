package io.ohmvision.channels;

import java.util.Locale;
import java.util.Map;

/**
 * What a probe learnt about the media without decoding it. Every part is null when the peer did not say.
 *
 * @param videoCodec display name such as "H.264", "H.265", "MJPEG"
 * @param fps        frames per second as announced (SDP, the codec's timing info, an HLS FRAME-RATE); only MJPEG over
 *                   HTTP, which announces nothing, reports the rate measured over a short window
 * @param audioCodec display name such as "PCMU", "AAC", "Opus"
 */
public record MediaFacts(String videoCodec, Integer width, Integer height, Double fps, String audioCodec) {

    public static final MediaFacts NONE = new MediaFacts(null, null, null, null, null);

    /** SDP encoding names (RFC 4856 and others) and ONVIF tt:VideoEncoding values, as shown to people. */
    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            "H264", "H.264", "H265", "H.265", "JPEG", "MJPEG", "MPEG4", "MPEG-4", "MPEG4-GENERIC", "AAC",
            "MP4A-LATM", "AAC", "OPUS", "Opus");

    /** The display name of an encoding name in any case; unknown names are kept as they are. */
    public static String displayName(String encoding) {
        return encoding == null ? null : DISPLAY_NAMES.getOrDefault(encoding.toUpperCase(Locale.ROOT), encoding);
    }

    /** One line such as "H.264 1920x1080 25 fps, audio AAC". */
    public String summary() {
        StringBuilder text = new StringBuilder(videoCodec == null ? "no video" : videoCodec);
        if (width != null) {
            text.append(' ').append(width).append('x').append(height);
        }
        if (fps != null) {
            text.append(' ').append(fps == Math.rint(fps) ? String.valueOf(fps.longValue())
                    : String.format(Locale.ROOT, "%.2f", fps)).append(" fps");
        }
        if (audioCodec != null) {
            text.append(", audio ").append(audioCodec);
        }
        return text.toString();
    }
}
