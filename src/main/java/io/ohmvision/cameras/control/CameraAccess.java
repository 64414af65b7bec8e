package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ConnectionType;

/**
 * What connecting to a stored camera needs, read from its row at one moment: its connection type, its credentials
 * (the password still sealed), the origins they were given for, and its connection settings (TLS trust). Only
 * {@link CameraTargets} opens the password, and only for a URL at one of the origins.
 *
 * @param probeSettings its own timeout and retries, read from the connection settings once, when the access is made:
 *                      the roster keeps it and every check asks for them
 */
public record CameraAccess(long cameraId, ConnectionType type, String username, String sealedPassword,
                           CredentialOrigins origins, String connectionConfig, ProbeSettings probeSettings) {

    public CameraAccess(long cameraId, ConnectionType type, String username, String sealedPassword,
                        CredentialOrigins origins, String connectionConfig) {
        this(cameraId, type, username, sealedPassword, origins, connectionConfig,
                ProbeSettings.stored(connectionConfig));
    }

    public static CameraAccess of(Camera camera) {
        return new CameraAccess(camera.getId(), camera.getConnectionType(), camera.getUsername(),
                camera.getEncryptedPassword(), CredentialOrigins.of(camera), camera.getConnectionConfig());
    }

    /** With a device service found just now, which gets the credentials only on the camera's own hosts. */
    CameraAccess withDeviceService(String deviceServiceUrl) {
        return new CameraAccess(cameraId, type, username, sealedPassword, origins.withDeviceService(deviceServiceUrl),
                connectionConfig, probeSettings);
    }

    boolean hasCredentials() {
        return username != null && !username.isEmpty() || sealedPassword != null && !sealedPassword.isEmpty();
    }
}
