package io.ohmvision.catalog.entity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A value observed in a device's reply that a fingerprint can test, and where to find it in the reply. */
public enum FingerprintField {
    HTTP_SERVER("http.server", false, r -> r.header("Server")),
    /** The realm of any WWW-Authenticate challenge. */
    HTTP_REALM("http.realm", false, ServiceReply::realms),
    HTTP_TITLE("http.title", false, r -> r.title().stream().toList()),
    HTTP_BODY("http.body", false, r -> List.of(r.body())),
    /** Redirect target (Location header). */
    HTTP_LOCATION("http.location", false, r -> r.header("Location")),
    RTSP_SERVER("rtsp.server", true, r -> r.header("Server")),
    RTSP_REALM("rtsp.realm", true, ServiceReply::realms);

    private final String wireName;
    private final boolean rtsp;
    private final Function<ServiceReply, List<String>> extractor;

    FingerprintField(String wireName, boolean rtsp, Function<ServiceReply, List<String>> extractor) {
        this.wireName = wireName;
        this.rtsp = rtsp;
        this.extractor = extractor;
    }

    public String wireName() {
        return wireName;
    }

    /** The values of this field in the reply; none when the reply is of the other protocol. */
    public List<String> valuesIn(ServiceReply reply) {
        return reply.isRtsp() == rtsp ? extractor.apply(reply) : List.of();
    }

    public static Optional<FingerprintField> fromWireName(String value) {
        return WireNames.find(values(), FingerprintField::wireName, value);
    }

    public static String allWireNames() {
        return WireNames.list(values(), FingerprintField::wireName);
    }
}
