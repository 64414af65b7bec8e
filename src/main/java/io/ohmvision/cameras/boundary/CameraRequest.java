package io.ohmvision.cameras.boundary;

import io.ohmvision.cameras.control.CameraSettings;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A camera as a client sends it (POST and PUT). URLs may be given with credentials inside; they are taken out and
 * stored encrypted. On PUT, username and password left out keep their stored values; an empty string clears them.
 * <p>
 * A class with fields rather than a record: Payara's OpenAPI scanner fails on constraint annotations that records
 * copy onto constructor parameters (payara/Payara#7649).
 */
@Schema(name = "CameraRequest")
public class CameraRequest {
    @NotBlank
    @Size(max = 200)
    @Schema(example = "Gate, north")
    public String name;

    @HostAddress
    @Size(max = 255)
    @Schema(example = "192.168.1.64")
    public String ipAddress;

    @Min(value = 1, message = "must be between 1 and 65535")
    @Max(value = 65535, message = "must be between 1 and 65535")
    @Schema(example = "554")
    public Integer port;

    @Size(max = 200)
    @Schema(example = "admin")
    public String username;

    @Size(max = 200)
    @Schema(description = "Write-only: never returned", example = "s3cret@gate")
    public String password;

    @Size(max = 100)
    @Schema(example = "hikvision")
    public String manufacturer;

    @Size(max = 200)
    public String model;

    @Size(max = 200)
    public String firmwareVersion;

    @Size(max = 200)
    public String serialNumber;

    @Pattern(regexp = "([0-9A-Fa-f]{2}[:-]?){5}[0-9A-Fa-f]{2}", message = "must be a MAC address like 44:19:B6:01:02:03")
    @Schema(example = "44:19:B6:01:02:03")
    public String macAddress;

    @Schema(description = "rtsp, rtmp, onvif, http, https, webrtc, hls, cloud_api, webhook, nvr, usb or file; "
            + "derived from the primary stream URL when left out", example = "rtsp")
    public String connectionType;

    @Size(max = 2048)
    @Schema(example = "rtsp://192.168.1.64:554/Streaming/Channels/101")
    public String primaryStreamUrl;

    @Size(max = 2048)
    @Schema(example = "rtsp://192.168.1.64:554/Streaming/Channels/102")
    public String secondaryStreamUrl;

    @Size(max = 2048)
    @Schema(example = "http://192.168.1.64/ISAPI/Streaming/channels/101/picture")
    public String snapshotUrl;

    @Schema(description = "Connection settings of the connection type, as a JSON object")
    public JsonObject connectionConfig;

    @Schema(description = "Cloud API settings; write-only, stored encrypted")
    public JsonObject cloudConfig;

    @Schema(description = "Whether the camera is watched; default true")
    public Boolean enabled;

    @Schema(description = "Required on PUT: the version you read; a different stored version answers 409")
    public Long version;

    @Schema(description = "PUT, admins only: move the stored password with a change that points the camera at an "
            + "address (scheme, host, port) it was not given for. Without it such a change answers 409 unless it "
            + "gives the password again; not stored, never returned")
    public Boolean moveCredentials;

    /** The body as the registry takes it; Bean Validation has checked the sizes and formats before. */
    public CameraSettings settings() {
        CameraSettings settings = new CameraSettings();
        settings.name = name;
        settings.ipAddress = ipAddress;
        settings.port = port;
        settings.username = username;
        settings.password = password;
        settings.manufacturer = manufacturer;
        settings.model = model;
        settings.firmwareVersion = firmwareVersion;
        settings.serialNumber = serialNumber;
        settings.macAddress = macAddress;
        settings.connectionType = connectionType;
        settings.primaryStreamUrl = primaryStreamUrl;
        settings.secondaryStreamUrl = secondaryStreamUrl;
        settings.snapshotUrl = snapshotUrl;
        settings.connectionConfig = connectionConfig;
        settings.cloudConfig = cloudConfig;
        settings.enabled = enabled;
        settings.version = version;
        settings.moveCredentials = moveCredentials;
        return settings;
    }
}
