package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.ConnectionType;
import java.util.List;
import java.util.Optional;

/**
 * What a camera list is narrowed to; empty parts do not filter.
 *
 * @param contains case-insensitive substring searches on text columns, all of which must match
 */
public record CameraFilter(Optional<String> manufacturer, Optional<ConnectionType> connectionType,
        Optional<HealthLevel> health, Optional<Boolean> enabled, List<Contains> contains) {

    /** A search for {@code text} inside one text column (the address is shown and searched as host:port). */
    public record Contains(CameraColumn column, String text) {

        public Contains {
            if (!column.isText()) {
                throw new IllegalArgumentException(column + " is not a text column");
            }
        }
    }

    public CameraFilter(Optional<String> manufacturer, Optional<ConnectionType> connectionType,
            Optional<HealthLevel> health, Optional<Boolean> enabled) {
        this(manufacturer, connectionType, health, enabled, List.of());
    }

    public CameraFilter {
        contains = List.copyOf(contains);
    }

    public static CameraFilter none() {
        return new CameraFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
