package io.ohmvision.cameras.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A camera's connection health; UNKNOWN until its first check. Stored and shown by wire name. */
public enum HealthLevel {
    UNKNOWN, EXCELLENT, GOOD, FAIR, POOR, OFFLINE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HealthLevel> fromWireName(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.wireName().equalsIgnoreCase(value.trim())).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(HealthLevel::wireName).collect(Collectors.joining(", "));
    }
}
