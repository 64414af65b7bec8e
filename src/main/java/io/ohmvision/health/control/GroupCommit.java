package io.ohmvision.health.control;

import io.ohmvision.health.entity.HealthSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit of check results: the checks that end while the writers are busy wait together and are stored in
 * one transaction each batch, so a node storing a thousand checks a second commits dozens of transactions instead
 * of a thousand (each a log flush on PostgreSQL, a JTA round, a turn of a pooled connection, and three reads that a
 * batch makes in three statements for all its cameras). Nothing waits for a batch to fill: a lone check is written
 * at once, alone. A batch that fails is written again one check per transaction, so one camera's failure reaches
 * only its own caller ({@link ResilientHealthStore}, which retries it as before). The caller waits for its check's
 * transaction: what it gets back has been committed.
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    /** Writers at once: enough to keep a batch in flight while the next forms; each holds one pooled connection. */
    static final int WRITERS = 4;
    /** The most checks in one transaction: bounds its locks' lifetime (an operator's edit waits for them). */
    static final int MAX_BATCH = 200;
    /** A caller gives up waiting after this (a hung database); the store's retry and circuit breaker take over. */
    static final long WAIT_SECONDS = 120;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    HealthRecorder recorder;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();

    private record Pending(HealthWrite write, CompletableFuture<Optional<HealthSnapshot>> stored) {
    }

    @PostConstruct
    void start() {
        start(threads);
    }

    void start(ThreadFactory factory) {
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = factory.newThread(this::writeBatches);
            writer.setName("ohmvision-health-writer-" + i);
            writer.start();
            writers.add(writer);
        }
    }

    @PreDestroy
    void stop() {
        writers.forEach(Thread::interrupt);
        queue.forEach(pending -> pending.stored().completeExceptionally(new IllegalStateException("shutting down")));
    }

    /** @return the camera's new state once committed; empty when the camera was deleted meanwhile */
    public Optional<HealthSnapshot> store(HealthWrite write) {
        CompletableFuture<Optional<HealthSnapshot>> stored = new CompletableFuture<>();
        queue.add(new Pending(write, stored));
        try {
            return stored.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the health store did not answer within " + WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a check", e);
        }
    }

    /** Checks waiting for a writer. */
    int queued() {
        return queue.size();
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Pending> batch) {
        try {
            complete(batch, recorder.recordAll(batch.stream().map(Pending::write).toList()));
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                batch.get(0).stored().completeExceptionally(batchFailed);
                return;
            }
            LOG.log(Level.FINE, "A batch of checks failed; storing them one by one", batchFailed);
            batch.forEach(pending -> write(List.of(pending)));
        } catch (Error fatal) {
            batch.forEach(pending -> pending.stored().completeExceptionally(fatal));
            throw fatal;
        }
    }

    private static void complete(List<Pending> batch, List<Optional<HealthSnapshot>> states) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).stored().complete(states.get(i));
        }
    }
}
