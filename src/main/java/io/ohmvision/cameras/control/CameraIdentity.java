package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;

/**
 * What tells one camera from another when a device is met again: its MAC (upper case, colon-separated), serial number
 * and address. No credentials.
 */
public record CameraIdentity(long id, String name, String macAddress, String serialNumber, String ipAddress) {

    static CameraIdentity of(Camera camera) {
        return new CameraIdentity(camera.getId(), camera.getName(), camera.getMacAddress(), camera.getSerialNumber(),
                camera.getIpAddress());
    }
}
