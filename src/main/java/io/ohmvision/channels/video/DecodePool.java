package io.ohmvision.channels.video;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The decoders of this process: a fixed number of threads that run FFmpeg work, so that however many decodes are
 * asked for, the threads they cost are bounded.
 * <p>
 * Why few: a decode holds an FFmpeg context with its buffers and keeps a core busy while it decodes, so a few per
 * core bound the process's memory and CPU whatever is asked. They open side by side (not under JavaCV's JVM-wide
 * lock, see {@code VideoSession}): measured with bench/health-cycle/deep.sh on 2 cores, 4 decoders made 44 deep checks
 * (first frame and a 2 s window) a minute, against 12-14 while opens took the lock and 36 for ffprobe, 4 at once.
 * <p>
 * A decode waits a bounded time for a decoder and is refused ({@link DecodersBusy}) when none frees up: it never
 * queues without bound. Concurrent calls with equal keys share one decode (single flight), so ten viewers asking for
 * one camera's picture cost one decode. Decodes asked for through the API and the console ({@link Lane#REQUESTS})
 * may hold only part of the decoders, so that viewers cannot starve the health checks.
 * <p>
 * A caller waits no longer than its deadline. JavaCV's grabber offers no interrupt callback, and closing it from
 * another thread while a native read runs would free memory under that read, so the work itself is bounded by
 * FFmpeg's own socket timeouts ({@link FfmpegOptions}); a caller whose deadline passes first walks away, and the
 * abandoned decode finishes and closes its grabber by itself moments later, holding its decoder until then: abuse
 * cannot grow threads.
 */
public final class DecodePool {

    /** Who asks for a decode. */
    public enum Lane {
        /** Health checks and probes: may use every decoder. */
        CHECKS,
        /** Snapshots and deep probes asked for through the API or the console: at most the requests' share. */
        REQUESTS
    }

    /** How long a refused caller should wait before asking again: a snapshot takes about a second. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private static final Duration IDLE_THREADS_END_AFTER = Duration.ofSeconds(60);
    private static volatile DecodePool shared;

    private final int size;
    private final int forRequests;
    private final Duration wait;
    private final Semaphore decoders;
    private final Semaphore requestShare;
    private final ThreadPoolExecutor workers;
    private final Map<Object, CompletableFuture<Object>> flights = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();

    /**
     * @param threads     makes the decoders' threads (the container's managed thread factory in the application)
     * @param size        decodes running at once, at least 1
     * @param forRequests how many of them {@link Lane#REQUESTS} may hold, 1 to {@code size}
     * @param wait        how long a decode waits for a free decoder before it is refused
     */
    public DecodePool(ThreadFactory threads, int size, int forRequests, Duration wait) {
        if (size < 1 || forRequests < 1 || forRequests > size) {
            throw new IllegalArgumentException("a pool of " + size + " decoders cannot give " + forRequests
                    + " to requests: give at least 1 decoder, and requests between 1 and all of them");
        }
        this.size = size;
        this.forRequests = forRequests;
        this.wait = Objects.requireNonNull(wait, "wait");
        this.decoders = new Semaphore(size);
        this.requestShare = new Semaphore(forRequests);
        // the permits admit at most `size` tasks, so the queue holds one only while a finishing thread returns
        this.workers = new ThreadPoolExecutor(size, size, IDLE_THREADS_END_AFTER.toSeconds(), TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), named(threads));
        this.workers.allowCoreThreadTimeOut(true);
    }

    /**
     * The pool every decode of this process uses: the one the application installed at start, else (outside the
     * container: tests, tools) one of 4 decoders, 2 for requests, waiting 1 s, on daemon threads.
     */
    public static DecodePool shared() {
        DecodePool pool = shared;
        if (pool == null) {
            synchronized (DecodePool.class) {
                if (shared == null) {
                    shared = new DecodePool(DecodePool::daemon, 4, 2, Duration.ofSeconds(1));
                }
                pool = shared;
            }
        }
        return pool;
    }

    /** Makes this pool the process's; the one it replaces, if any, is shut down. */
    public static synchronized void install(DecodePool pool) {
        DecodePool previous = shared;
        shared = pool;
        if (previous != null && previous != pool) {
            previous.shutdown();
        }
    }

    /**
     * Runs {@code work} on a decoder, or joins the decode under way for an equal key, and waits for its answer no
     * longer than {@code deadline}.
     *
     * @param key identifies the work: equal keys give equal answers (never printed: it may hold credentials)
     * @return the answer, or empty when it did not come within the deadline (the decode goes on and ends by itself)
     * @throws DecodersBusy when no decoder became free within the pool's wait
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> call(Object key, Lane lane, Duration deadline, Supplier<T> work) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> flight = flights.putIfAbsent(key, mine);
        if (flight == null) {
            flight = mine;
            launch(key, lane, mine, work);
        }
        try {
            return Optional.of((T) flight.get(Math.max(1, deadline.toMillis()), TimeUnit.MILLISECONDS));
        } catch (TimeoutException late) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof DecodersBusy busy) {
                throw busy;
            }
            throw new IllegalStateException("video decoder failed", failed.getCause());
        }
    }

    private void launch(Object key, Lane lane, CompletableFuture<Object> flight, Supplier<?> work) {
        if (!acquire(lane)) {
            flights.remove(key, flight);
            refused.incrementAndGet();
            flight.completeExceptionally(new DecodersBusy(lane == Lane.REQUESTS ? forRequests : size, wait));
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    Object answer = work.get();
                    release(key, lane, flight);
                    flight.complete(answer);
                } catch (RuntimeException | Error failure) {
                    release(key, lane, flight);
                    flight.completeExceptionally(failure);
                }
            });
        } catch (RejectedExecutionException shutDown) {
            release(key, lane, flight);
            flight.completeExceptionally(new DecodersBusy(size, wait));
        }
    }

    private boolean acquire(Lane lane) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (lane == Lane.REQUESTS && !requestShare.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return false;
            }
            if (decoders.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (lane == Lane.REQUESTS) {
            requestShare.release();
        }
        return false;
    }

    /** Before the answer is given, so that a caller who asks again at once finds the decoder free. */
    private void release(Object key, Lane lane, CompletableFuture<Object> flight) {
        flights.remove(key, flight);
        decoders.release();
        if (lane == Lane.REQUESTS) {
            requestShare.release();
        }
    }

    public int size() {
        return size;
    }

    public int forRequests() {
        return forRequests;
    }

    /** Decoders held now, by running decodes and by abandoned ones still finishing. */
    public int busy() {
        return size - decoders.availablePermits();
    }

    /** Decodes refused since start because no decoder became free in time. */
    public long refused() {
        return refused.get();
    }

    /** Threads the pool has now (idle ones end after a minute). */
    public int threads() {
        return workers.getPoolSize();
    }

    public void shutdown() {
        workers.shutdownNow();
    }

    private static ThreadFactory named(ThreadFactory threads) {
        AtomicInteger number = new AtomicInteger();
        return work -> {
            Thread thread = threads.newThread(work);
            thread.setName("ohmvision-video-" + number.incrementAndGet());
            return thread;
        };
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true); // outside a container, an abandoned decode must never keep the JVM alive
        return thread;
    }
}
