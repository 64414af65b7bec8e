package io.ohmvision.health.entity;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;

/**
 * Why a camera is failing: the outcome of its failed probe, or what a deep check saw in the picture itself (a
 * stream that runs while its picture stands still is as dark to an operator as one that does not run), or the
 * recorder a channel is reached through being down.
 */
public enum HealthCause {
    AUTH_FAILED, NOT_FOUND, BUSY, TIMEOUT, REFUSED, UNREACHABLE, PROTOCOL_ERROR, TLS_ERROR, UNSUPPORTED,
    FROZEN_PICTURE, RECORDER_DOWN;

    /** A failed result about an NVR itself (not about the channel's own stream) means its recorder is down. */
    public static HealthCause of(ProbeResult failed) {
        return failed.channel() == ConnectionType.NVR ? RECORDER_DOWN : of(failed.outcome());
    }

    /** @throws IllegalArgumentException for OK, which is no cause of failure */
    public static HealthCause of(Outcome outcome) {
        if (outcome == Outcome.OK) {
            throw new IllegalArgumentException("OK is not a cause of failure");
        }
        return valueOf(outcome.name());
    }
}
