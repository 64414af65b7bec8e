package io.ohmvision.discovery.detect;

import io.ohmvision.channels.Outcome;

/**
 * Keeps auto-detection from locking a camera's account: many cameras lock it after a few wrong passwords (Samsung
 * for 30 s after 5, Foscam until reboot; camera-facts 4.2), and every candidate URL carries the same credentials.
 * <p>
 * Until one answer proves the credentials right, at most {@code limit} credential attempts may be unanswered or
 * refused at once, so even probes in parallel can never add up to more than {@code limit} wrong-password answers.
 * After {@code limit} refusals no further candidate is started. Once one answer was OK the credentials are known to be
 * good: a later refusal is about a path, and the full concurrency applies. Thread-safe.
 */
final class LockoutGuard {

    private final int limit;
    private int refusals;
    private int unanswered;
    private boolean proven;

    /** @param limit wrong-password answers after which guessing stops; at least 1 */
    public LockoutGuard(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the lockout limit must be at least 1, not " + limit);
        }
        this.limit = limit;
    }

    /**
     * Waits until one more attempt may start.
     *
     * @return false when guessing has stopped: the attempt must not be made
     */
    public synchronized boolean acquire() throws InterruptedException {
        while (!tripped() && !proven && refusals + unanswered >= limit) {
            wait();
        }
        if (tripped()) {
            return false;
        }
        unanswered++;
        return true;
    }

    /** The answer to an attempt that {@link #acquire} allowed. */
    public synchronized void answered(Outcome outcome) {
        unanswered--;
        if (outcome == Outcome.AUTH_FAILED) {
            refusals++;
        } else if (outcome == Outcome.OK) {
            proven = true;
        }
        notifyAll();
    }

    /** A wrong-password answer seen elsewhere on the device (its ONVIF service, say) counts too. */
    public synchronized void refusedElsewhere() {
        refusals++;
        notifyAll();
    }

    /** An OK answer seen elsewhere on the device proves the credentials too. */
    public synchronized void acceptedElsewhere() {
        proven = true;
        notifyAll();
    }

    /** Guessing stopped: the limit of wrong-password answers was reached before the credentials were proven. */
    public synchronized boolean tripped() {
        return !proven && refusals >= limit;
    }

    public synchronized int refusals() {
        return refusals;
    }

    public int limit() {
        return limit;
    }
}
