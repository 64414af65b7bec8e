package io.ohmvision.channels;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The twelve ways OhmVision reaches a camera. The wire name (lower case) is what the API, the database and the
 * catalogue use, so renaming a constant never changes stored data.
 */
public enum ConnectionType {
    RTSP("rtsp"),
    RTMP("rtmp"),
    ONVIF("onvif"),
    HTTP("http"),
    HTTPS("https"),
    WEBRTC("webrtc"),
    HLS("hls"),
    CLOUD_API("cloud_api"),
    WEBHOOK("webhook"),
    NVR("nvr"),
    USB("usb"),
    FILE("file");

    /** URL schemes that name their connection type; http(s) may still be HLS, which only the path tells. */
    private final String wireName;

    ConnectionType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Accepts the wire name in any case; empty for anything else. */
    public static Optional<ConnectionType> fromWireName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wanted)).findFirst();
    }

    /**
     * The probe type a URL needs, from its scheme and shape: an HLS playlist or a WHEP endpoint travels over HTTP
     * but needs its own probe.
     */
    public static Optional<ConnectionType> forUrl(StreamUrl url) {
        String path = url.pathAndQuery().toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        String pathOnly = query < 0 ? path : path.substring(0, query);
        return switch (url.scheme()) {
            case "rtsp", "rtsps" -> Optional.of(RTSP);
            case "rtmp", "rtmps" -> Optional.of(RTMP);
            case "file" -> Optional.of(FILE);
            case "usb" -> Optional.of(USB);
            case "webhook" -> Optional.of(WEBHOOK);
            case "nest" -> Optional.of(CLOUD_API);
            case "http", "https" -> Optional.of(pathOnly.endsWith(".m3u8") || pathOnly.endsWith(".m3u") ? HLS
                    : pathOnly.endsWith("/whep") ? WEBRTC : url.scheme().equals("https") ? HTTPS : HTTP);
            default -> Optional.empty();
        };
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(ConnectionType::wireName).collect(Collectors.joining(", "));
    }
}
