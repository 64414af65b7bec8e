package io.ohmvision.health.entity;

/** Where a camera stands in reconnection. */
public enum ReconnectMode {
    /** Healthy: checked once per interval. */
    NONE,
    /** Failing: automatic attempts with exponential backoff. */
    BACKOFF,
    /** The automatic attempts are used up: a slow recheck, so a camera that comes back is still noticed. */
    COOLDOWN,
    /** Wrong credentials: retrying would lock the camera's account, so wait for new ones or a forced reconnect. */
    WAITING_FOR_CREDENTIALS,
    /**
     * What the camera is configured with is not supported (a URL no probe handles, a method or codec the device or
     * this version lacks): retrying it unchanged cannot help, so wait for a change of the camera or a forced
     * reconnect.
     */
    WAITING_FOR_CHANGE;

    /** Not checked again on its own: only a change (or a forced reconnect) brings the next check. */
    public boolean waits() {
        return this == WAITING_FOR_CREDENTIALS || this == WAITING_FOR_CHANGE;
    }
}
