package io.ohmvision.health.control;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counters of the health checks this instance runs: how many ended per minute and by outcome, and
 * the recent start lags per lane (how late a check started after it was due) for the p99 that the benchmark reports. The
 * outcomes and latencies also go to MicroProfile Metrics, which Payara serves in Prometheus format at /metrics.
 */
@ApplicationScoped
public class CheckStatistics {

    static final String CHECKS = "ohmvision_health_checks";
    static final String LATENCY = "ohmvision_health_check_latency_ms";
    static final String DEEP_SKIPPED = "ohmvision_health_deep_checks_skipped";
    static final String HOST_BUSY = "ohmvision_health_checks_deferred_host_busy";
    private static final int LAG_SAMPLES = 8192;

    @Inject
    Clock clock;

    @Inject
    MetricRegistry metrics;

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong deepSkipped = new AtomicLong();
    private final AtomicLong hostBusy = new AtomicLong();
    private final Map<Outcome, AtomicLong> byOutcome = new EnumMap<>(Outcome.class);
    private final MinuteCounter ended = new MinuteCounter();
    private final Map<CheckLane, LagSample> lags = new EnumMap<>(CheckLane.class);

    public CheckStatistics() {
        Arrays.stream(Outcome.values()).forEach(o -> byOutcome.put(o, new AtomicLong()));
        Arrays.stream(CheckLane.values()).forEach(lane -> lags.put(lane, new LagSample(LAG_SAMPLES)));
    }

    /** A scheduled check started, this late after it was due. */
    public void started(CheckLane lane, Duration lag) {
        lags.get(lane).add(lag.toMillis());
    }

    /**
     * A check ended, scheduled or asked for (check now, reconnect).
     *
     * @param result null when the check could not be recorded
     */
    public void finished(ProbeResult result) {
        total.incrementAndGet();
        Outcome outcome = result == null ? null : result.outcome();
        metrics.counter(CHECKS, new Tag("outcome", outcome == null ? "NOT_RECORDED" : outcome.name())).inc();
        if (outcome != null) {
            byOutcome.get(outcome).incrementAndGet();
        }
        if (outcome == Outcome.OK) {
            metrics.histogram(LATENCY).update(result.latencyMillis());
        }
        ended.add(clock.millis());
    }

    /** A deep check found every video decoder busy and was skipped (its light check was recorded). */
    public void deepCheckSkipped() {
        deepSkipped.incrementAndGet();
        metrics.counter(DEEP_SKIPPED).inc();
    }

    /** A scheduled check found its host with as many sessions as it may have, and was deferred. */
    public void deferredForBusyHost() {
        hostBusy.incrementAndGet();
        metrics.counter(HOST_BUSY).inc();
    }

    public long checksDeferredForBusyHost() {
        return hostBusy.get();
    }

    public long deepChecksSkipped() {
        return deepSkipped.get();
    }

    public long total() {
        return total.get();
    }

    /** Checks that ended during the last 60 seconds. */
    public long lastMinute() {
        return ended.lastMinute(clock.millis());
    }

    public Map<Outcome, Long> byOutcome() {
        Map<Outcome, Long> copy = new EnumMap<>(Outcome.class);
        byOutcome.forEach((o, n) -> copy.put(o, n.get()));
        return copy;
    }

    /** The 99th percentile of the lane's recent start lags, in milliseconds. */
    public long lagP99Millis(CheckLane lane) {
        return lags.get(lane).p99();
    }
}
