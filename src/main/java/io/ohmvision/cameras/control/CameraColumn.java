package io.ohmvision.cameras.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A column of a camera list that it can be sorted by; the text columns can also be searched. */
public enum CameraColumn {
    NAME("name", true), ADDRESS("address", true), MANUFACTURER("manufacturer", true),
    CONNECTION_TYPE("connectionType", true), LEVEL("level", false), LATENCY("latency", false),
    UPTIME("uptime", false), LAST_CHECK("lastCheck", false);

    private final String wireName;
    private final boolean text;

    CameraColumn(String wireName, boolean text) {
        this.wireName = wireName;
        this.text = text;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isText() {
        return text;
    }

    public static Optional<CameraColumn> fromWireName(String value) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(value)).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(CameraColumn::wireName).collect(Collectors.joining(", "));
    }
}
