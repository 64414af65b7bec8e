package io.ohmvision.channels;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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
    private static final Map<String, ConnectionType> BY_SCHEME = Map.of(
            "rtsp", RTSP, "rtsps", RTSP, "rtmp", RTMP, "rtmps", RTMP, "http", HTTP, "https", HTTPS,
            "file", FILE, "usb", USB);

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

    /** @param scheme lower case, as {@link StreamUrl#scheme()} holds it */
    public static Optional<ConnectionType> forScheme(String scheme) {
        return Optional.ofNullable(BY_SCHEME.get(scheme));
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(ConnectionType::wireName).collect(Collectors.joining(", "));
    }
}
