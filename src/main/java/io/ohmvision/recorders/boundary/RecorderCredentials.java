package io.ohmvision.recorders.boundary;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorder's new credentials, for it and all its channels. A class with fields for the reason RecorderRequest gives. */
@Schema(name = "RecorderCredentials")
public class RecorderCredentials {
    @Size(max = 200)
    @Schema(description = "Empty or left out: none", example = "admin")
    public String username;

    @Size(max = 200)
    @Schema(description = "Write-only: never returned. Empty or left out: none")
    public String password;
}
