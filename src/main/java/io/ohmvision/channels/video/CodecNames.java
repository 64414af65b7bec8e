package io.ohmvision.channels.video;

import java.util.Locale;
import java.util.Map;

/** FFmpeg codec names shown the way the SDP-based probes show them, so results read the same either way. */
final class CodecNames {

    private static final Map<String, String> DISPLAY = Map.ofEntries(
            Map.entry("h264", "H.264"), Map.entry("hevc", "H.265"), Map.entry("mjpeg", "MJPEG"),
            Map.entry("mpeg4", "MPEG-4"), Map.entry("vp8", "VP8"), Map.entry("vp9", "VP9"), Map.entry("av1", "AV1"),
            Map.entry("aac", "AAC"), Map.entry("pcm_mulaw", "PCMU"), Map.entry("pcm_alaw", "PCMA"),
            Map.entry("opus", "Opus"), Map.entry("mp3", "MP3"), Map.entry("adpcm_g726", "G.726"),
            Map.entry("g722", "G.722"));

    private CodecNames() {
    }

    /** @return null for null or empty, the display name when known, else the FFmpeg name in upper case */
    static String display(String ffmpegName) {
        if (ffmpegName == null || ffmpegName.isEmpty()) {
            return null;
        }
        return DISPLAY.getOrDefault(ffmpegName, ffmpegName.toUpperCase(Locale.ROOT));
    }
}
