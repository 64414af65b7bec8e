package io.ohmvision.cameras.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A continuous move. A class with fields rather than a record: Payara's OpenAPI scanner fails on constraint
 * annotations that records copy onto constructor parameters (payara/Payara#7649).
 */
@Schema(name = "PtzMove", description = "Speeds in ONVIF's generic velocity space; at least one must not be 0")
public class PtzMoveRequest {

    static final int DEFAULT_TIMEOUT_MS = 1000;

    @DecimalMin(value = "-1", message = "must be between -1 and 1")
    @DecimalMax(value = "1", message = "must be between -1 and 1")
    @Schema(description = "-1 (left) to 1 (right); 0 or left out: no pan", example = "0.5")
    public Double pan;

    @DecimalMin(value = "-1", message = "must be between -1 and 1")
    @DecimalMax(value = "1", message = "must be between -1 and 1")
    @Schema(description = "-1 (down) to 1 (up); 0 or left out: no tilt", example = "0")
    public Double tilt;

    @DecimalMin(value = "-1", message = "must be between -1 and 1")
    @DecimalMax(value = "1", message = "must be between -1 and 1")
    @Schema(description = "-1 (out) to 1 (in); 0 or left out: no zoom", example = "0")
    public Double zoom;

    @Min(value = 100, message = "must be between 100 and 10000")
    @Max(value = 10000, message = "must be between 100 and 10000")
    @Schema(description = "The camera stops by itself after this many milliseconds, even if no stop arrives "
            + "(100 to 10000, default 1000)", example = "1000")
    public Integer timeoutMs;
}
