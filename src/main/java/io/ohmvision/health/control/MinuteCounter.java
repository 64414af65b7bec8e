package io.ohmvision.health.control;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts events over the last 60 seconds in one slot per second, so "checks per minute" costs no memory per check
 * and stays exact to the second however many checks run.
 */
final class MinuteCounter {

    private static final int SECONDS_KEPT = 60;

    private final AtomicLongArray countOfSlot = new AtomicLongArray(SECONDS_KEPT);
    private final AtomicLongArray secondOfSlot = new AtomicLongArray(SECONDS_KEPT);

    MinuteCounter() {
        // A slot that was never written must not count as "second 0" of the epoch in a clock starting there.
        for (int i = 0; i < SECONDS_KEPT; i++) {
            secondOfSlot.set(i, Long.MIN_VALUE);
        }
    }

    void add(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        int slot = (int) Math.floorMod(second, SECONDS_KEPT);
        if (secondOfSlot.getAndSet(slot, second) != second) {
            countOfSlot.set(slot, 0);
        }
        countOfSlot.incrementAndGet(slot);
    }

    /** Events in the 60 seconds up to and including the second of {@code epochMillis}. */
    long lastMinute(long epochMillis) {
        long now = Math.floorDiv(epochMillis, 1000);
        long sum = 0;
        for (int i = 0; i < SECONDS_KEPT; i++) {
            long age = now - secondOfSlot.get(i);
            if (age >= 0 && age < SECONDS_KEPT) {
                sum += countOfSlot.get(i);
            }
        }
        return sum;
    }
}
