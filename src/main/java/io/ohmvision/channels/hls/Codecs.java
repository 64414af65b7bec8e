package io.ohmvision.channels.hls;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Display names for the RFC 6381 codec strings of an EXT-X-STREAM-INF CODECS attribute. */
final class Codecs {

    private static final Map<String, String> VIDEO = Map.of(
            "avc1", "H.264", "avc3", "H.264", "hvc1", "H.265", "hev1", "H.265", "av01", "AV1", "vp09", "VP9");
    private static final Map<String, String> AUDIO = Map.of(
            "mp4a", "AAC", "ac-3", "AC-3", "ec-3", "E-AC-3", "opus", "Opus");

    private Codecs() {
    }

    static String video(String codecs) {
        return first(codecs, VIDEO);
    }

    static String audio(String codecs) {
        return first(codecs, AUDIO);
    }

    private static String first(String codecs, Map<String, String> names) {
        if (codecs == null) {
            return null;
        }
        return Arrays.stream(codecs.split(","))
                .map(codec -> codec.strip().toLowerCase(Locale.ROOT))
                .map(codec -> names.get(codec.contains(".") ? codec.substring(0, codec.indexOf('.')) : codec))
                .filter(name -> name != null).findFirst().orElse(null);
    }
}
