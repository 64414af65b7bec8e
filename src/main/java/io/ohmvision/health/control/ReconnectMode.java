package io.ohmvision.health.control;

/** Where a camera stands in reconnection. */
public enum ReconnectMode {
    /** Healthy: checked once per interval. */
    NONE,
    /** Failing: automatic attempts with exponential backoff. */
    BACKOFF,
    /** The automatic attempts are used up: a slow recheck, so a camera that comes back is still noticed. */
    COOLDOWN,
    /** Wrong credentials: retrying would lock the camera's account, so wait for new ones or a forced reconnect. */
    WAITING_FOR_CREDENTIALS
}
