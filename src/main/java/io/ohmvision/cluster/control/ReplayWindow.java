package io.ohmvision.cluster.control;

/**
 * The sequence numbers one sender's messages carried lately, as an anti-replay window (RFC 4303, 3.4.3): a number
 * is accepted once, and only while it is within {@link #SIZE} of the highest seen, so messages that arrive a little
 * out of order pass and a copy never does. Thread-safe.
 */
final class ReplayWindow {

    static final int SIZE = 4096;

    private final long[] seen = new long[SIZE / Long.SIZE];
    private long highest = -1;

    /** @return true when {@code sequence} is new (it is recorded), false for a copy or one too old to tell */
    synchronized boolean accept(long sequence) {
        if (sequence < 0) {
            return false;
        }
        if (sequence > highest) {
            for (long forgotten = Math.max(highest + 1, sequence - SIZE + 1); forgotten < sequence; forgotten++) {
                clear(forgotten);
            }
            highest = sequence;
            set(sequence);
            return true;
        }
        if (highest - sequence >= SIZE || isSet(sequence)) {
            return false;
        }
        set(sequence);
        return true;
    }

    private boolean isSet(long sequence) {
        int bit = (int) (sequence % SIZE);
        return (seen[bit / Long.SIZE] & (1L << (bit % Long.SIZE))) != 0;
    }

    private void set(long sequence) {
        int bit = (int) (sequence % SIZE);
        seen[bit / Long.SIZE] |= 1L << (bit % Long.SIZE);
    }

    private void clear(long sequence) {
        int bit = (int) (sequence % SIZE);
        seen[bit / Long.SIZE] &= ~(1L << (bit % Long.SIZE));
    }
}
