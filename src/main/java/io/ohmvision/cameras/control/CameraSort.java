package io.ohmvision.cameras.control;

import java.util.Optional;

/**
 * The order of a camera list. Cameras whose value is unknown (never checked, no address) come last in both
 * directions, and ties are broken by name then id so that paging is stable.
 */
public record CameraSort(CameraColumn column, boolean descending) {

    public static final CameraSort BY_NAME = new CameraSort(CameraColumn.NAME, false);

    /** A column's wire name, descending with a leading "-": "uptime", "-latency". */
    public static Optional<CameraSort> fromWireName(String value) {
        String trimmed = value.trim();
        boolean descending = trimmed.startsWith("-");
        return CameraColumn.fromWireName(descending ? trimmed.substring(1) : trimmed)
                .map(column -> new CameraSort(column, descending));
    }
}
