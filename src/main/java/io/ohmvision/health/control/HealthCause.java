package io.ohmvision.health.control;

import io.ohmvision.channels.Outcome;

/**
 * Why a camera is failing: the outcome of its failed probe, or what a deep check saw in the picture itself (a
 * stream that runs while its picture stands still is as dark to an operator as one that does not run).
 */
public enum HealthCause {
    AUTH_FAILED, NOT_FOUND, BUSY, TIMEOUT, REFUSED, UNREACHABLE, PROTOCOL_ERROR, TLS_ERROR, UNSUPPORTED,
    FROZEN_PICTURE;

    /** @throws IllegalArgumentException for OK, which is no cause of failure */
    public static HealthCause of(Outcome outcome) {
        if (outcome == Outcome.OK) {
            throw new IllegalArgumentException("OK is not a cause of failure");
        }
        return valueOf(outcome.name());
    }
}
