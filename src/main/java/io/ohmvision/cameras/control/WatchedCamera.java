package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;

/**
 * What health needs to know of a camera to watch it, read from its row at one moment: no entity leaves the cameras
 * feature, so the roster holds no managed object and nothing it holds can write a camera.
 *
 * @param url the primary stream URL, the one health checks; null when the camera has none
 */
public record WatchedCamera(long id, String url, boolean enabled, CameraAccess access) {

    static WatchedCamera of(Camera camera) {
        return new WatchedCamera(camera.getId(), camera.getPrimaryStreamUrl(), camera.isEnabled(),
                CameraAccess.of(camera));
    }

    /** Health checks it on its own: enabled, with a primary stream to check. */
    public boolean watched() {
        return enabled && url != null;
    }
}
