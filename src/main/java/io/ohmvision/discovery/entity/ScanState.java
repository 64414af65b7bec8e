package io.ohmvision.discovery.entity;

import java.util.Locale;

/** A scan job's life: running, then exactly one of the ends. */
public enum ScanState {
    RUNNING, COMPLETED, CANCELLED, FAILED,
    /** The node running it stopped before the end; the progress shows how far it got. */
    INTERRUPTED;

    public boolean isFinished() {
        return this != RUNNING;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
