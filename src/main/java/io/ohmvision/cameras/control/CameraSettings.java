package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * What a caller asks a camera to be, from any road (the API's request body, the console's form, auto-detect): the
 * registry checks it whole before anything is written. URLs may carry credentials; they are moved out and encrypted.
 * Username and password left null keep their stored values; an empty string clears them. Fields rather than a
 * record, because callers change a few of them on top of the stored camera ({@link #of(Camera)}).
 */
public class CameraSettings {
    public String name;
    public String ipAddress;
    public Integer port;
    public String username;
    /** Write-only: never read back from a camera. */
    public String password;
    public String manufacturer;
    public String model;
    public String firmwareVersion;
    public String serialNumber;
    public String macAddress;
    /** Wire name; derived from the primary stream URL when null. */
    public String connectionType;
    public String primaryStreamUrl;
    public String secondaryStreamUrl;
    public String snapshotUrl;
    public JsonObject connectionConfig;
    /** Write-only: stored encrypted, never read back. */
    public JsonObject cloudConfig;
    public Boolean enabled;
    /** On update: the version the caller read; a different stored version is a conflict. */
    public Long version;
    /** An admin's explicit word that the stored password moves to an address it was not given for. */
    public Boolean moveCredentials;

    /**
     * The stored camera as settings that, applied as an update, change nothing: the one place that reads a camera
     * field by field for editing, so a caller that changes a few fields (a console form, auto-detect of a known
     * camera) keeps all the others. The write-only password and cloud settings stay null, which keeps their stored
     * values.
     */
    public static CameraSettings of(Camera camera) {
        CameraSettings settings = new CameraSettings();
        settings.version = camera.getVersion();
        settings.name = camera.getName();
        settings.ipAddress = camera.getIpAddress();
        settings.port = camera.getPort();
        settings.username = camera.getUsername();
        settings.manufacturer = camera.getManufacturer();
        settings.model = camera.getModel();
        settings.firmwareVersion = camera.getFirmwareVersion();
        settings.serialNumber = camera.getSerialNumber();
        settings.macAddress = camera.getMacAddress();
        settings.connectionType = camera.getConnectionType() == null ? null : camera.getConnectionType().wireName();
        settings.primaryStreamUrl = camera.getPrimaryStreamUrl();
        settings.secondaryStreamUrl = camera.getSecondaryStreamUrl();
        settings.snapshotUrl = camera.getSnapshotUrl();
        settings.connectionConfig = camera.getConnectionConfig() == null ? null
                : Json.createReader(new StringReader(camera.getConnectionConfig())).readObject();
        settings.enabled = camera.isEnabled();
        return settings;
    }
}
