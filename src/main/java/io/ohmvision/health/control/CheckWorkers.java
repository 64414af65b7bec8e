package io.ohmvision.health.control;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The bulkhead of health checks: at most {@code capacity} run at once, and a worker that finishes a check takes the
 * next due one itself. The tick only wakes idle workers; were it the only one to hand out checks, a node would start
 * at most {@code capacity} checks per tick whatever they cost (64 a second: 3,840 cameras a minute), while workers
 * that pull keep up with as many checks as the capacity has time for.
 *
 * @param <T> a due check
 */
final class CheckWorkers<T> {

    private final int capacity;
    private final Executor executor;
    private final IntFunction<List<T>> takeDue;
    private final Consumer<T> check;
    private final AtomicInteger busy = new AtomicInteger();

    /**
     * @param executor runs the workers; it must have at least {@code capacity} threads, or a worker would wait for
     *                 one while its check is overdue
     * @param takeDue  takes up to that many due checks, marking them running
     * @param check    runs one check; it handles its own failures
     */
    CheckWorkers(int capacity, Executor executor, IntFunction<List<T>> takeDue, Consumer<T> check) {
        this.capacity = capacity;
        this.executor = executor;
        this.takeDue = takeDue;
        this.check = check;
    }

    /** Starts a worker for each due check, as far as the capacity has idle workers. */
    synchronized void wake() {
        int idle = capacity - busy.get();
        if (idle <= 0) {
            return;
        }
        for (T due : takeDue.apply(idle)) {
            busy.incrementAndGet();
            executor.execute(() -> work(due));
        }
    }

    private void work(T first) {
        try {
            for (T due = first; due != null; due = next()) {
                check.accept(due);
            }
        } finally {
            busy.decrementAndGet();
        }
    }

    private T next() {
        List<T> due = takeDue.apply(1);
        return due.isEmpty() ? null : due.get(0);
    }

    int busy() {
        return busy.get();
    }
}
