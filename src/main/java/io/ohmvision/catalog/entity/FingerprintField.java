package io.ohmvision.catalog.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value observed in a device's reply that a fingerprint can test. */
public enum FingerprintField {
    HTTP_SERVER("http.server"),
    /** The realm of any WWW-Authenticate challenge. */
    HTTP_REALM("http.realm"),
    HTTP_TITLE("http.title"),
    HTTP_BODY("http.body"),
    /** Redirect target (Location header). */
    HTTP_LOCATION("http.location"),
    RTSP_SERVER("rtsp.server"),
    RTSP_REALM("rtsp.realm");

    private final String wireName;

    FingerprintField(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<FingerprintField> fromWireName(String value) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(value)).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(FingerprintField::wireName).collect(Collectors.joining(", "));
    }
}
