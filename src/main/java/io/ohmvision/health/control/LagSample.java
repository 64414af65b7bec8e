package io.ohmvision.health.control;

import java.util.Arrays;

/** The most recent start lags of scheduled checks, kept in a fixed ring so the p99 reflects the present load. */
final class LagSample {

    private final long[] lags;
    private long count;

    LagSample(int size) {
        lags = new long[size];
    }

    synchronized void add(long lagMillis) {
        lags[(int) (count++ % lags.length)] = lagMillis;
    }

    /** The 99th percentile (nearest rank) of the kept lags, 0 when none was added. */
    long p99() {
        long[] sample;
        synchronized (this) {
            sample = Arrays.copyOf(lags, (int) Math.min(count, lags.length));
        }
        if (sample.length == 0) {
            return 0;
        }
        Arrays.sort(sample);
        return sample[(int) Math.ceil(sample.length * 0.99) - 1];
    }
}
