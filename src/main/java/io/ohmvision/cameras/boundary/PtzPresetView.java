package io.ohmvision.cameras.boundary;

import io.ohmvision.channels.onvif.PtzPreset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A preset as the API shows it. */
@Schema(name = "PtzPreset")
public record PtzPresetView(
        @Schema(description = "What .../ptz/presets/{token}/goto takes", example = "1") String token,
        @Schema(description = "The camera's label, at most 64 characters; null when it has none",
                example = "Entrance") String name) {

    static PtzPresetView of(PtzPreset preset) {
        return new PtzPresetView(preset.token(), preset.name());
    }
}
