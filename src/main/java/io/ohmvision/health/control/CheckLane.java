package io.ohmvision.health.control;

/**
 * The two bulkheads checks run in. A camera confirmed offline is checked only to see it come back; if many hang (a
 * site's link cut: every check waits for its deadline), their checks fill their own lane and never delay the checks
 * that find the next camera going dark.
 */
public enum CheckLane {
    /** Cameras not known to be offline, and any camera someone asked to be checked (credentials, reconnect). */
    WATCH,
    /** Cameras confirmed offline: rechecks on their reconnection schedule. */
    RECOVERY
}
