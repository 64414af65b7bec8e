package io.ohmvision.channels;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One run of a probe: what every connection-oriented probe does first (start the deadline of the whole probe, refuse
 * a URL whose scheme it does not handle) and the result it ends with, stamped with its channel, the masked URL and
 * the time the run took. A probe that opened the run hands it to its steps instead of the target and the deadline.
 */
public final class ProbeRun {

    private final Channel channel;
    private final ProbeTarget target;
    private final Deadline deadline;

    private ProbeRun(Channel channel, ProbeTarget target) {
        this.channel = channel;
        this.target = target;
        this.deadline = Deadline.after(target.timeout());
    }

    /**
     * The opening a probe shares: starts the run and ends it at once, UNSUPPORTED, when the URL's scheme is none the
     * probe takes; else the probe's own steps give the result.
     *
     * @param what what the URL should have been, e.g. "URL" or "WHEP URL"
     */
    public static ProbeResult open(ChannelProbe probe, ProbeTarget target, String what,
            Function<ProbeRun, ProbeResult> steps) {
        ProbeRun run = new ProbeRun(probe, target);
        return run.refusedScheme(what).orElseGet(() -> steps.apply(run));
    }

    /**
     * The UNSUPPORTED result for a URL whose scheme is none the probe declares, e.g. "not an rtsp:// or rtsps://
     * URL"; empty when the probe takes it.
     *
     * @param what what the URL should have been, e.g. "URL" or "WHEP URL"
     */
    private Optional<ProbeResult> refusedScheme(String what) {
        if (channel.schemes().contains(url().scheme())) {
            return Optional.empty();
        }
        String wanted = channel.schemes().stream().map(scheme -> scheme + "://").collect(Collectors.joining(" or "));
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
        return new ProbeResult(channel.type(), target.maskedUrl(), verdict.outcome(), deadline.elapsedMillis(), media,
                verdict.reason(), server);
    }

    /** A run that learnt no media facts. */
    public ProbeResult failed(Verdict verdict, ServerFingerprint server) {
        return result(verdict, MediaFacts.NONE, server);
    }
}
