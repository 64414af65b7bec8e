package io.ohmvision.discovery.detect;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.platform.Fanout;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Probes every candidate of one device in parallel, at most {@code concurrency} at once, in list order, and stops
 * starting new ones when the {@link LockoutGuard} says so. Probes report failures as results, never by throwing.
 */
final class CandidateProbing {

    private final Function<ProbeTarget, ProbeResult> probe;
    private final Executor executor;
    private final int concurrency;
    private final Duration timeout;

    /**
     * @param probe    picks and runs the probe a URL needs
     * @param executor runs the probes beside the caller
     * @param timeout  deadline of each probe
     */
    public CandidateProbing(Function<ProbeTarget, ProbeResult> probe, Executor executor, int concurrency,
            Duration timeout) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        this.probe = probe;
        this.executor = executor;
        this.concurrency = concurrency;
        this.timeout = timeout;
    }

    /** One result per candidate, in the candidates' order; those not started have no probe result. */
    public List<CandidateResult> probeAll(List<Candidate> candidates, String username, String password,
            LockoutGuard guard) {
        List<Integer> order = IntStream.range(0, candidates.size()).boxed().toList();
        return new Fanout(executor, concurrency).map(order, i -> {
            Candidate candidate = candidates.get(i);
            ProbeTarget target = new ProbeTarget(candidate.url(), username, password, timeout);
            return mayStart(guard) ? probe(i, candidate, target, guard)
                    : new CandidateResult(i, candidate, target.maskedUrl(), null);
        });
    }

    private static boolean mayStart(LockoutGuard guard) {
        try {
            return guard.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing candidates", e);
        }
    }

    private CandidateResult probe(int order, Candidate candidate, ProbeTarget target, LockoutGuard guard) {
        ProbeResult result = null;
        try {
            result = probe.apply(target);
            return new CandidateResult(order, candidate, target.maskedUrl(), result);
        } finally {
            guard.answered(result == null ? Outcome.PROTOCOL_ERROR : result.outcome());
        }
    }
}
