package io.ohmvision.channels;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run of a probe: what every connection-oriented probe does first (start the deadline of the whole probe, refuse
 * a URL whose scheme it does not handle) and the result it ends with, stamped with its channel, the masked URL and
 * the time the run took. A probe that opened the run hands it to its steps instead of the target and the deadline.
 */
public final class ProbeRun {

    private final ConnectionType channel;
    private final ProbeTarget target;
    private final Deadline deadline;

    private ProbeRun(ConnectionType channel, ProbeTarget target) {
        this.channel = channel;
        this.target = target;
        this.deadline = Deadline.after(target.timeout());
    }

    /** Starts the clock of a probe of {@code target} over {@code channel}. */
    public static ProbeRun start(ConnectionType channel, ProbeTarget target) {
        return new ProbeRun(channel, target);
    }

    /**
     * The UNSUPPORTED result for a URL whose scheme is none of {@code schemes}, e.g. "not an rtsp:// or rtsps://
     * URL"; empty when the probe handles it.
     *
     * @param what what the URL should have been, e.g. "URL" or "WHEP URL"
     */
    public Optional<ProbeResult> refusedScheme(List<String> schemes, String what) {
        if (schemes.contains(url().scheme())) {
            return Optional.empty();
        }
        String wanted = schemes.stream().map(scheme -> scheme + "://").collect(Collectors.joining(" or "));
        return Optional.of(result(new Verdict(Outcome.UNSUPPORTED, "not an " + wanted + " " + what), MediaFacts.NONE,
                ServerFingerprint.NONE));
    }

    public ProbeTarget target() {
        return target;
    }

    public StreamUrl url() {
        return target.streamUrl();
    }

    public Deadline deadline() {
        return deadline;
    }

    /** The run's result; its latency is the time since the run started. */
    public ProbeResult result(Verdict verdict, MediaFacts media, ServerFingerprint server) {
        return new ProbeResult(channel, target.maskedUrl(), verdict.outcome(), deadline.elapsedMillis(), media,
                verdict.reason(), server);
    }

    /** A run that learnt no media facts. */
    public ProbeResult failed(Verdict verdict, ServerFingerprint server) {
        return result(verdict, MediaFacts.NONE, server);
    }
}
