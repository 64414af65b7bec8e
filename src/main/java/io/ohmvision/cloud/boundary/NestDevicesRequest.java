package io.ohmvision.cloud.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Device Access project's credentials, to list its cameras; never stored by this call. */
@Schema(name = "NestDevicesRequest")
public class NestDevicesRequest {
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9-]{1,100}", message = "must be a Device Access project id")
    public String projectId;

    @NotBlank
    @Size(max = 300)
    public String clientId;

    @NotBlank
    @Size(max = 300)
    @Schema(description = "Write-only")
    public String clientSecret;

    @NotBlank
    @Size(max = 2000)
    @Schema(description = "Write-only: the OAuth refresh token a user granted the project")
    public String refreshToken;
}
