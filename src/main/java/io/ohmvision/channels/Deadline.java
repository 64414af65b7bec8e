package io.ohmvision.channels;

import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The end of a whole probe. Blocking calls take their socket timeout from what is left, so a peer that trickles
 * bytes cannot stretch a probe past its deadline.
 */
public final class Deadline {

    private final long startNanos;
    private final long endNanos;

    private Deadline(long startNanos, Duration budget) {
        this.startNanos = startNanos;
        this.endNanos = startNanos + budget.toNanos();
    }

    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime(), budget);
    }

    public long elapsedMillis() {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    public boolean hasPassed() {
        return System.nanoTime() - endNanos >= 0;
    }

    /**
     * Milliseconds left, at least 1 (0 would mean "wait forever" to a socket).
     *
     * @throws SocketTimeoutException when the deadline has passed
     */
    public int remainingMillisOrThrow() throws SocketTimeoutException {
        long left = Duration.ofNanos(endNanos - System.nanoTime()).toMillis();
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }
}
