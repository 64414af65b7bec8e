package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.CameraCapabilities;
import io.ohmvision.channels.ConnectionType;
import java.io.Serializable;

/**
 * A camera as the console's pages and health's reads show it, copied from its row at one moment: no entity leaves
 * the cameras feature, so nothing that holds it can change a camera (changes go through CameraSettings and
 * CameraRegistry). A class with getters rather than a record because Faces pages bind it through EL
 * ({@code camera.name}), which reads no record accessors. No secret: whether a password is stored, never the
 * password, and no cloud settings.
 */
public final class CameraDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String name;
    private final String ipAddress;
    private final Integer port;
    private final String username;
    private final boolean hasPassword;
    private final String manufacturer;
    private final String model;
    private final ConnectionType connectionType;
    private final String primaryStreamUrl;
    private final String secondaryStreamUrl;
    private final String snapshotUrl;
    private final boolean enabled;
    private final Long recorderId;
    private final Integer recorderChannel;
    private final Double uptimePercentage;
    private final String onvifDeviceUrl;
    private final CameraCapabilities capabilities;

    private CameraDetails(Camera camera) {
        id = camera.getId();
        version = camera.getVersion();
        name = camera.getName();
        ipAddress = camera.getIpAddress();
        port = camera.getPort();
        username = camera.getUsername();
        hasPassword = camera.hasPassword();
        manufacturer = camera.getManufacturer();
        model = camera.getModel();
        connectionType = camera.getConnectionType();
        primaryStreamUrl = camera.getPrimaryStreamUrl();
        secondaryStreamUrl = camera.getSecondaryStreamUrl();
        snapshotUrl = camera.getSnapshotUrl();
        enabled = camera.isEnabled();
        recorderId = camera.getRecorderId();
        recorderChannel = camera.getRecorderChannel();
        uptimePercentage = camera.getUptimePercentage();
        onvifDeviceUrl = camera.getOnvifDeviceUrl();
        capabilities = camera.getCapabilities();
    }

    /** Public for tests that build a view from a camera they made; the application reads views from CameraListing. */
    public static CameraDetails of(Camera camera) {
        return new CameraDetails(camera);
    }

    public long getId() { return id; }
    /** The version an edit started from: a save against a newer row is a conflict. */
    public long getVersion() { return version; }
    public String getName() { return name; }
    public String getIpAddress() { return ipAddress; }
    public Integer getPort() { return port; }
    public String getUsername() { return username; }
    public boolean isHasPassword() { return hasPassword; }
    public String getManufacturer() { return manufacturer; }
    public String getModel() { return model; }
    /** Null for a row stored before types were recorded. */
    public ConnectionType getConnectionType() { return connectionType; }
    public String getPrimaryStreamUrl() { return primaryStreamUrl; }
    public String getSecondaryStreamUrl() { return secondaryStreamUrl; }
    public String getSnapshotUrl() { return snapshotUrl; }
    public boolean isEnabled() { return enabled; }
    /** Set for a recorder's channel, with its channel there (from 1). */
    public Long getRecorderId() { return recorderId; }
    public Integer getRecorderChannel() { return recorderChannel; }
    /** Over the last 30 days as of its last check; null while nothing is known. */
    public Double getUptimePercentage() { return uptimePercentage; }
    /** Null when no ONVIF device service is known. */
    public String getOnvifDeviceUrl() { return onvifDeviceUrl; }
    /** Null until read from the device. */
    public CameraCapabilities getCapabilities() { return capabilities; }
}
