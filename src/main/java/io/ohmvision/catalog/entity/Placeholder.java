package io.ohmvision.catalog.entity;

import java.util.Optional;

/**
 * The names a URL template may use between braces. Numbering schemes differ by vendor (1-based channels, 0-based
 * channels, channel x 100 + stream), so each scheme is its own placeholder and the template data says which one the
 * vendor uses. Numeric placeholders accept a zero-padding width: {@code {channel:2}} renders channel 1 as "01".
 */
public enum Placeholder {
    /** Host name or address; IPv6 is bracketed when rendered. */
    HOST("host", Kind.HOST),
    /** The template's port, taken from the profile's default ports unless the request overrides it. */
    PORT("port", Kind.NUMBER),
    /** Channel counted from 1 (Dahua channel=1, Uniview c1). */
    CHANNEL("channel", Kind.NUMBER),
    /** Channel counted from 0 (Hanwha LiveChannel/0, Reolink snapshot channel=0). */
    CHANNEL0("channel0", Kind.NUMBER),
    /** The template's stream counted from 1 (1 main, 2 sub, 3 third). */
    STREAM("stream", Kind.NUMBER),
    /** The template's stream counted from 0 (Dahua subtype=0 main, Uniview s0 main). */
    STREAM0("stream0", Kind.NUMBER),
    /** Hikvision stream id: channel x 100 + stream (channel 10 main is 1001). */
    CHANNEL_STREAM("channelStream", Kind.NUMBER),
    /** Credentials placed inside the path or query by the vendor (Foscam usr=, Reolink user=). */
    USER("user", Kind.TEXT),
    PASSWORD("password", Kind.SECRET),
    /** Bridge stream name (docker-wyze-bridge camera name, go2rtc/MediaMTX path). */
    NAME("name", Kind.TEXT),
    /** Per-camera token (UniFi Protect RTSP token). */
    TOKEN("token", Kind.SECRET),
    /** Cloud project (Google Device Access project id). */
    PROJECT_ID("projectId", Kind.TEXT),
    /** Cloud device id. */
    DEVICE_ID("deviceId", Kind.TEXT);

    /** How a value is put into a URL. */
    public enum Kind {
        HOST, NUMBER, TEXT, SECRET;

        public boolean percentEncoded() {
            return this == TEXT || this == SECRET;
        }
    }

    private final String templateName;
    private final Kind kind;

    Placeholder(String templateName, Kind kind) {
        this.templateName = templateName;
        this.kind = kind;
    }

    public String templateName() {
        return templateName;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<Placeholder> fromTemplateName(String name) {
        return WireNames.find(values(), Placeholder::templateName, name);
    }

    public static String allTemplateNames() {
        return WireNames.list(values(), Placeholder::templateName);
    }
}
