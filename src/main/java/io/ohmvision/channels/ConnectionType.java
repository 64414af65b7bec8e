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

    public static String allWireNames() {
        return Arrays.stream(values()).map(ConnectionType::wireName).collect(Collectors.joining(", "));
    }
}
