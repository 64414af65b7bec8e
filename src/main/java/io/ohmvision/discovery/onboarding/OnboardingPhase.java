package io.ohmvision.discovery.onboarding;

import java.util.Locale;
import java.util.Set;

/**
 * Where a site onboarding stands. Scanning, ONVIF discovery and detection run in that order; then the job waits for
 * a person's choice (ready); applying stores the choice, and a refused apply leaves it ready for another choice. A
 * job can be cancelled until applying begins.
 */
public enum OnboardingPhase {
    SCANNING, DISCOVERING, DETECTING, READY, APPLYING, APPLIED, FAILED, CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean mayBecome(OnboardingPhase next) {
        return switch (this) {
            case SCANNING -> Set.of(DISCOVERING, FAILED, CANCELLED).contains(next);
            case DISCOVERING -> Set.of(DETECTING, FAILED, CANCELLED).contains(next);
            case DETECTING -> Set.of(READY, FAILED, CANCELLED).contains(next);
            case READY -> Set.of(APPLYING, CANCELLED).contains(next);
            case APPLYING -> Set.of(APPLIED, READY).contains(next);
            case APPLIED, FAILED, CANCELLED -> false;
        };
    }

    /** The work in the background is over: the job no longer counts against the running limit. */
    public boolean isSettled() {
        return this == READY || this == APPLYING || this == APPLIED || this == FAILED || this == CANCELLED;
    }
}
