package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ConnectionType;

/**
 * What connecting to a stored camera needs, read from its row at one moment: its connection type, its credentials
 * (the password still sealed), the origins they were given for, and its connection settings (TLS trust). Only
 * {@link CameraTargets} opens the password, and only for a URL at one of the origins.
 */
public record CameraAccess(long cameraId, ConnectionType type, String username, String sealedPassword,
                           CredentialOrigins origins, String connectionConfig) {

    public static CameraAccess of(Camera camera) {
        return new CameraAccess(camera.getId(), camera.getConnectionType(), camera.getUsername(),
                camera.getEncryptedPassword(), CredentialOrigins.of(camera), camera.getConnectionConfig());
    }

    /** Its own timeout and retries, from its connection settings. */
    public ProbeSettings probeSettings() {
        return ProbeSettings.stored(connectionConfig);
    }

    boolean hasCredentials() {
        return username != null && !username.isEmpty() || sealedPassword != null && !sealedPassword.isEmpty();
    }
}
