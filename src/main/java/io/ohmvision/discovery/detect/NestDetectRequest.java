package io.ohmvision.discovery.detect;

import io.ohmvision.channels.cloud.NestCredentials;

/**
 * A Device Access project to list, and which of its cameras to create. Parts may be missing until
 * {@link NestCameraDetection} has checked them.
 *
 * @param deviceId the device to register as a camera; null to list only
 * @param name     the camera's name; null for the device's display name
 */
public record NestDetectRequest(String projectId, String clientId, String clientSecret, String refreshToken,
                                String deviceId, String name, boolean create) {

    /** Only once checked: every part is there. */
    NestCredentials credentials() {
        return new NestCredentials(clientId, clientSecret, refreshToken);
    }

    /** Never shows the secrets. */
    @Override
    public String toString() {
        return "NestDetectRequest[projectId=" + projectId + ", clientId=" + clientId + ", deviceId=" + deviceId
                + ", create=" + create + "]";
    }
}
