package io.ohmvision.discovery.scan;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One scan's live state, shared between the scanning thread and readers: the counters, the cancel request, and a
 * listener told of the progress at most once per interval (it stores the progress, which costs a transaction).
 */
public final class ScanRun {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong connectsDone = new AtomicLong();
    private final AtomicLong hostsDone = new AtomicLong();
    private final AtomicLong hostsAlive = new AtomicLong();
    private final AtomicLong openPorts = new AtomicLong();
    private final Consumer<ScanProgress> listener;
    private final long reportEveryNanos;
    private final LongSupplier nanoTime;
    private volatile long connectsTotal;
    private volatile long hostsTotal;
    private long lastReport;

    public ScanRun(Consumer<ScanProgress> listener, Duration reportEvery, LongSupplier nanoTime) {
        this.listener = listener;
        this.reportEveryNanos = reportEvery.toNanos();
        this.nanoTime = nanoTime;
    }

    /** A run nobody watches except through {@link #progress()}. */
    public static ScanRun unobserved() {
        return new ScanRun(p -> { }, Duration.ofDays(1), System::nanoTime);
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public ScanProgress progress() {
        return new ScanProgress(connectsDone.get(), connectsTotal, hostsDone.get(), hostsTotal, hostsAlive.get(),
                openPorts.get());
    }

    void started(long hosts, long portsPerHost) {
        hostsTotal = hosts;
        connectsTotal = hosts * portsPerHost;
        lastReport = nanoTime.getAsLong();
        listener.accept(progress());
    }

    void connectDone() {
        connectsDone.incrementAndGet();
    }

    void hostDone() {
        hostsDone.incrementAndGet();
    }

    void hostAnswered() {
        hostsAlive.incrementAndGet();
    }

    void portOpen() {
        openPorts.incrementAndGet();
    }

    /** Called by the scanning thread between rounds; tells the listener when the interval has passed. */
    void tick() {
        long now = nanoTime.getAsLong();
        if (now - lastReport >= reportEveryNanos) {
            lastReport = now;
            listener.accept(progress());
        }
    }
}
