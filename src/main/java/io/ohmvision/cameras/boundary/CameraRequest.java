package io.ohmvision.cameras.boundary;

import io.ohmvision.cameras.control.CameraSettings;
import io.ohmvision.platform.JsonAlias;
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
 * Old clients' names (the v3 API's snake_case, and {@code rtsp_url} for the primary stream) are accepted as
 * {@link JsonAlias aliases}, each named in its field's description (not as properties of their own: a generated
 * client would then hold two fields of one name).
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
    @Schema(description = "Also accepted as ip_address (v3)", example = "192.168.1.64")
    @JsonAlias("ip_address")
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
    @Schema(description = "Also accepted as firmware_version (v3)")
    @JsonAlias("firmware_version")
    public String firmwareVersion;

    @Size(max = 200)
    @Schema(description = "Also accepted as serial_number (v3)")
    @JsonAlias("serial_number")
    public String serialNumber;

    @JsonAlias("mac_address")
    @Pattern(regexp = "([0-9A-Fa-f]{2}[:-]?){5}[0-9A-Fa-f]{2}", message = "must be a MAC address like 44:19:B6:01:02:03")
    @Schema(description = "Also accepted as mac_address (v3)", example = "44:19:B6:01:02:03")
    public String macAddress;

    @Schema(description = "rtsp, rtmp, onvif, http, https, webrtc, hls, cloud_api, webhook, nvr, usb or file; "
            + "derived from the primary stream URL when left out. Also accepted as connection_type (v3)",
            example = "rtsp")
    @JsonAlias("connection_type")
    public String connectionType;

    @Size(max = 2048)
    @Schema(description = "Also accepted as primary_stream_url or rtsp_url (v3); credentials inside are taken out "
            + "and stored encrypted", example = "rtsp://192.168.1.64:554/Streaming/Channels/101")
    @JsonAlias({"primary_stream_url", "rtsp_url"})
    public String primaryStreamUrl;

    @Size(max = 2048)
    @Schema(description = "Also accepted as secondary_stream_url (v3)",
            example = "rtsp://192.168.1.64:554/Streaming/Channels/102")
    @JsonAlias("secondary_stream_url")
    public String secondaryStreamUrl;

    @Size(max = 2048)
    @Schema(description = "Also accepted as snapshot_url (v3)",
            example = "http://192.168.1.64/ISAPI/Streaming/channels/101/picture")
    @JsonAlias("snapshot_url")
    public String snapshotUrl;

    @Schema(description = "Connection settings, as a JSON object: timeoutMs (100 to 30000) and "
            + "retries (0 to 3, when no answer came) for the camera's checks and probes; tls {trust: system, "
            + "first-use or pinned}; webhook {offlineAfter}. Also accepted as connection_config (v3)")
    @JsonAlias("connection_config")
    public JsonObject connectionConfig;

    @Schema(description = "Cloud API settings; write-only, stored encrypted. "
            + "Also accepted as cloud_config (v3)")
    @JsonAlias("cloud_config")
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
