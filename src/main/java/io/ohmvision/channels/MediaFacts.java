package io.ohmvision.channels;

import java.util.Locale;

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

    /** One line such as "H.264 640x360 25 fps, audio AAC" for a probe's reason. */
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
