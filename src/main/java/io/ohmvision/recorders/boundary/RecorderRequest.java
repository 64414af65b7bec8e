package io.ohmvision.recorders.boundary;

import io.ohmvision.cameras.boundary.HostAddress;
import io.ohmvision.recorders.control.RecorderSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recorder as a client adds it. A class with fields rather than a record: Payara's OpenAPI scanner fails on
 * constraint annotations that records copy onto constructor parameters (payara/Payara#7649).
 */
@Schema(name = "RecorderRequest")
public class RecorderRequest {
    @NotBlank
    @Size(max = 200)
    @Schema(example = "NVR, server room")
    public String name;

    @Size(max = 100)
    @Schema(description = "Catalogue manufacturer id: its nvr templates give the channel numbering. Required unless "
            + "onvifUrl is given", example = "hikvision")
    public String manufacturer;

    @Size(max = 2048)
    @Schema(description = "The recorder's ONVIF device service: its profiles give the channels (one per video source) "
            + "instead of the catalogue's numbering", example = "http://192.168.1.200/onvif/device_service")
    public String onvifUrl;

    @NotBlank
    @HostAddress
    @Size(max = 255)
    @Schema(example = "192.168.1.200")
    public String ipAddress;

    @Min(value = 1, message = "must be between 1 and 65535")
    @Max(value = 65535, message = "must be between 1 and 65535")
    @Schema(description = "RTSP port; the catalogue's default when left out", example = "554")
    public Integer port;

    @Size(max = 200)
    @Schema(example = "admin")
    public String username;

    @Size(max = 200)
    @Schema(description = "Write-only: never returned")
    public String password;

    @Min(value = 1, message = "must be between 1 and 256")
    @Max(value = 256, message = "must be between 1 and 256")
    @Schema(description = "How many channels to look for (1 to N) by the catalogue's numbering; default 16. "
            + "Channels that answer become cameras",
            example = "8")
    public Integer channels;

    /** The body as the registry takes it; Bean Validation has checked the sizes and formats before. */
    public RecorderSettings settings() {
        return new RecorderSettings(name, manufacturer, onvifUrl, ipAddress, port, username, password, channels);
    }
}
