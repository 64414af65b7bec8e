package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.ConnectionType;
import java.util.Optional;

/** What a camera list is narrowed to; empty parts do not filter. */
public record CameraFilter(Optional<String> manufacturer, Optional<ConnectionType> connectionType,
        Optional<HealthLevel> health, Optional<Boolean> enabled) {
}
