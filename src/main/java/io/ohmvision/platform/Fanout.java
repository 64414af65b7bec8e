package io.ohmvision.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs one task per item, at most {@code parallelism} at once, started in the items' order, and gives the results in
 * that order. The threads are the container's: the executor handed in is a managed one (or, in unit tests, any).
 * <p>
 * Without a deadline the calling thread takes tasks too, so a fan-out started from a thread of the same pool (a
 * batch worker that detects a device, which fans out its probes) never waits for a slot its own caller holds: when
 * the pool is busy the caller simply runs more of the tasks itself. With a deadline the caller only waits, so it
 * returns at the deadline whatever the tasks do.
 */
public final class Fanout {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final Executor executor;
    private final int parallelism;

    /** @param parallelism tasks running at once, the caller's own included; at least 1 */
    public Fanout(Executor executor, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /**
     * Runs every task. A task that throws stops the start of further tasks; once those already running have ended,
     * its exception (the first in the items' order) is thrown here, unchecked as it was thrown.
     */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> task) {
        Run<T, R> run = new Run<>(items, task, NO_DEADLINE);
        run.startWorkers(parallelism - 1);
        run.drain();
        List<R> results = new ArrayList<>(items.size());
        RuntimeException first = null;
        for (CompletableFuture<R> slot : run.slots) {
            try {
                results.add(slot.join());
            } catch (CancellationException notStarted) {
                results.add(null);
            } catch (CompletionException failed) {
                first = first != null ? first : unchecked(failed.getCause());
            }
        }
        if (first != null) {
            throw first;
        }
        return results;
    }

    /**
     * Tests every item, in parallel as {@link #map} runs tasks, and gives the first item in the items' order that
     * passed: the order says which answer is preferred, not which came first.
     */
    public <T> Optional<T> firstPassing(List<T> items, Predicate<? super T> test) {
        List<Boolean> passed = map(items, test::test);
        for (int i = 0; i < items.size(); i++) {
            if (passed.get(i)) {
                return Optional.of(items.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Runs the tasks until {@code budget} has passed: a task not started by then is not started, and a task that has
     * not finished by then, or that threw, gives {@code missing} for its item (a slow device loses its share, never
     * delays the caller). A task still running at the deadline finishes in the background; its result is dropped.
     */
    public <T, R> List<R> mapWithin(Duration budget, List<T> items, Function<? super T, ? extends R> task,
            Function<? super T, ? extends R> missing) {
        long deadline = System.nanoTime() + budget.toNanos();
        Run<T, R> run = new Run<>(items, task, deadline);
        run.startWorkers(Math.min(parallelism, items.size()));
        List<R> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            CompletableFuture<R> slot = run.slots.get(i);
            awaitUntil(slot, deadline);
            boolean arrived = slot.isDone() && !slot.isCompletedExceptionally();
            results.add(arrived ? slot.join() : missing.apply(items.get(i)));
        }
        run.stop();
        return results;
    }

    private static void awaitUntil(CompletableFuture<?> slot, long deadline) {
        try {
            slot.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException lateOrFailed) {
            // told apart by the caller from the slot's state
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException unchecked(Throwable thrown) {
        if (thrown instanceof RuntimeException runtime) {
            return runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(thrown);
    }

    /** One fan-out: the items, the next one to take, one result slot per item. */
    private final class Run<T, R> {
        final List<T> items;
        final Function<? super T, ? extends R> task;
        final long deadline;
        final List<CompletableFuture<R>> slots;
        final AtomicInteger next = new AtomicInteger();
        final AtomicBoolean stopped = new AtomicBoolean();

        Run(List<T> items, Function<? super T, ? extends R> task, long deadline) {
            this.items = List.copyOf(items);
            this.task = task;
            this.deadline = deadline;
            this.slots = this.items.stream().map(item -> new CompletableFuture<R>()).toList();
        }

        void startWorkers(int count) {
            for (int i = 0; i < Math.min(count, items.size()); i++) {
                try {
                    executor.execute(this::drain);
                } catch (RejectedExecutionException busy) {
                    return; // the caller (or the workers started) take the rest
                }
            }
        }

        /** Takes the next item until none is left, a task failed (without a deadline), or the deadline passed. */
        void drain() {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                CompletableFuture<R> slot = slots.get(i);
                if (stopped.get() || (deadline != NO_DEADLINE && System.nanoTime() - deadline >= 0)) {
                    slot.cancel(false);
                    continue;
                }
                try {
                    slot.complete(task.apply(items.get(i)));
                } catch (RuntimeException | Error failed) {
                    stopped.compareAndSet(false, deadline == NO_DEADLINE); // with a deadline the others go on
                    slot.completeExceptionally(failed);
                }
            }
        }

        /** Tasks not taken yet are not started. */
        void stop() {
            stopped.set(true);
        }
    }
}
