package io.ohmvision.channels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The twelve ways OhmVision reaches a camera. The wire name (lower case) is what the API, the database and the
 * catalogue use, so renaming a constant never changes stored data.
 */
public enum ConnectionType {
    RTSP("rtsp", List.of("rtsp", "rtsps"), Schemes.WEB),
    RTMP("rtmp", List.of("rtmp", "rtmps"), Schemes.WEB),
    /** Reached by the stream URIs its device service gave (RTSP) or by the device service itself (HTTP). */
    ONVIF("onvif", List.of("rtsp", "rtsps", "http", "https"), Schemes.WEB),
    HTTP("http", Schemes.WEB, Schemes.WEB),
    HTTPS("https", Schemes.WEB, Schemes.WEB),
    /** WHEP: signalling over HTTP. */
    WEBRTC("webrtc", Schemes.WEB, Schemes.WEB),
    HLS("hls", Schemes.WEB, Schemes.WEB),
    CLOUD_API("cloud_api", List.of("nest"), List.of()),
    WEBHOOK("webhook", List.of("webhook"), Schemes.WEB),
    /** A recorder's channel: its RTSP stream. */
    NVR("nvr", List.of("rtsp", "rtsps"), Schemes.WEB),
    USB("usb", List.of("usb"), List.of()),
    FILE("file", List.of("file"), List.of("file"));

    /** Schemes shared by several types. */
    private static final class Schemes {
        static final List<String> WEB = List.of("http", "https");
    }

    private final String wireName;
    private final List<String> streamSchemes;
    private final List<String> snapshotSchemes;

    /**
     * @param streamSchemes   the URL schemes this type's primary and secondary streams may have: those its probes
     *                        handle (see {@link #forUrl})
     * @param snapshotSchemes the URL schemes its snapshot URL may have
     */
    ConnectionType(String wireName, List<String> streamSchemes, List<String> snapshotSchemes) {
        this.wireName = wireName;
        this.streamSchemes = streamSchemes;
        this.snapshotSchemes = snapshotSchemes;
    }

    public String wireName() {
        return wireName;
    }

    /** The schemes a primary or secondary stream URL of this type may have. */
    public List<String> streamSchemes() {
        return streamSchemes;
    }

    /** The schemes a snapshot URL of this type may have; none for a type without snapshot URLs. */
    public List<String> snapshotSchemes() {
        return snapshotSchemes;
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
