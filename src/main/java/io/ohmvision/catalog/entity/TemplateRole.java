package io.ohmvision.catalog.entity;

import java.util.Optional;

/** What a URL template gives you; the wire name is what the catalogue files use. */
public enum TemplateRole {
    MAIN("main"),
    SUB("sub"),
    THIRD("third"),
    /** Older path forms that still work on many devices. */
    LEGACY_MAIN("legacy-main"),
    LEGACY_SUB("legacy-sub"),
    SNAPSHOT("snapshot"),
    MJPEG("mjpeg"),
    NVR_MAIN("nvr-main"),
    NVR_SUB("nvr-sub"),
    NVR_SNAPSHOT("nvr-snapshot"),
    /** ONVIF device service endpoint: the start of GetProfiles/GetStreamUri. */
    DEVICE_SERVICE("device-service"),
    /** Identification endpoint (model, serial). */
    DEVICE_INFO("device-info"),
    /** Long-poll or push event stream. */
    EVENTS("events"),
    /** A stream republished by a bridge (ring-mqtt, docker-wyze-bridge, go2rtc) because the camera has none. */
    BRIDGE("bridge"),
    /** A vendor cloud API endpoint. */
    CLOUD("cloud");

    private final String wireName;

    TemplateRole(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TemplateRole> fromWireName(String value) {
        return WireNames.find(values(), TemplateRole::wireName, value);
    }

    public static String allWireNames() {
        return WireNames.list(values(), TemplateRole::wireName);
    }
}
