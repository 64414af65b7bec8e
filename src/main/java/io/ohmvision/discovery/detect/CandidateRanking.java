package io.ohmvision.discovery.detect;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.discovery.detect.Candidate.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranks what the candidates answered and picks the device's channels: success first; among working streams the
 * highest resolution is the main stream and the highest one below it the sub stream; then the lower latency; then
 * the candidate's place in the list (the device's own ONVIF URIs first). Failures follow the working candidates,
 * the most telling outcome first (a wrong password says the path may well be right; not found says it is not),
 * candidates not tried last.
 */
final class CandidateRanking {

    /**
     * A chosen channel and why it was chosen.
     *
     * @param result the candidate's result; null when nothing was chosen
     * @param why    one line for a human
     */
    public record Choice(CandidateResult result, String why) {
        public Optional<CandidateResult> chosen() {
            return Optional.ofNullable(result);
        }
    }

    /** The whole ranking: every candidate in rank order, and the choices. */
    public record Ranking(List<CandidateResult> ranked, Choice main, Choice sub, Choice snapshot) {
        public Ranking {
            ranked = List.copyOf(ranked);
        }
    }

    /** Most telling failure first; see the class comment. */
    private static final List<Outcome> FAILURE_ORDER = List.of(Outcome.AUTH_FAILED, Outcome.BUSY,
            Outcome.UNSUPPORTED, Outcome.PROTOCOL_ERROR, Outcome.TLS_ERROR, Outcome.TIMEOUT, Outcome.NOT_FOUND,
            Outcome.REFUSED, Outcome.UNREACHABLE);

    private static final Comparator<CandidateResult> BEST_WORKING = Comparator
            .comparingLong((CandidateResult r) -> pixels(r.result().media())).reversed()
            .thenComparingLong(r -> r.result().latencyMillis())
            .thenComparingInt(CandidateResult::order);

    private CandidateRanking() {
    }

    public static Ranking rank(List<CandidateResult> results) {
        List<CandidateResult> ranked = results.stream().sorted(Comparator
                .comparingInt(CandidateRanking::group)
                .thenComparing((a, b) -> a.tried() && b.tried() && a.result().outcome() == Outcome.OK
                        && b.result().outcome() == Outcome.OK ? BEST_WORKING.compare(a, b) : 0)
                .thenComparingInt(r -> r.tried() ? FAILURE_ORDER.indexOf(r.result().outcome()) : 0)
                .thenComparingInt(CandidateResult::order)).toList();
        List<CandidateResult> streams = working(ranked, Kind.STREAM);
        List<CandidateResult> snapshots = working(ranked, Kind.SNAPSHOT);
        Choice main = streams.isEmpty() ? new Choice(null, "no stream candidate answered OK")
                : new Choice(streams.get(0), mainWhy(streams));
        Choice sub = sub(streams);
        Choice snapshot = snapshots.isEmpty() ? new Choice(null, "no snapshot candidate answered OK")
                : new Choice(snapshots.get(0), bestWhy(snapshots, "snapshot"));
        return new Ranking(ranked, main, sub, snapshot);
    }

    /** Working streams, then working snapshots, then failures, then candidates not tried. */
    private static int group(CandidateResult r) {
        if (!r.tried()) {
            return 3;
        }
        if (r.result().outcome() != Outcome.OK) {
            return 2;
        }
        return r.candidate().kind() == Kind.STREAM ? 0 : 1;
    }

    private static List<CandidateResult> working(List<CandidateResult> ranked, Kind kind) {
        return ranked.stream().filter(r -> r.tried() && r.result().outcome() == Outcome.OK
                && r.candidate().kind() == kind).toList();
    }

    private static Choice sub(List<CandidateResult> streams) {
        if (streams.isEmpty()) {
            return new Choice(null, "no stream candidate answered OK");
        }
        long mainPixels = pixels(streams.get(0).result().media());
        List<CandidateResult> lower = streams.stream().filter(r -> pixels(r.result().media()) > 0
                && pixels(r.result().media()) < mainPixels).toList();
        if (lower.isEmpty()) {
            return new Choice(null, mainPixels == 0
                    ? "the working streams did not tell their resolution, so none can be told to be the lower one"
                    : "no working stream has a lower resolution than the main stream");
        }
        return new Choice(lower.get(0), describe(lower.get(0)) + ": the highest resolution below the main stream's "
                + size(streams.get(0).result().media()) + (lower.size() > 1 ? " (" + lower.size()
                + " lower streams work)" : ""));
    }

    private static String mainWhy(List<CandidateResult> streams) {
        CandidateResult best = streams.get(0);
        if (streams.size() == 1) {
            return describe(best) + ": the only stream that answered OK";
        }
        long bestPixels = pixels(best.result().media());
        long sameSize = streams.stream().filter(r -> pixels(r.result().media()) == bestPixels).count();
        return describe(best) + ": the highest resolution of " + streams.size() + " working streams"
                + (sameSize > 1 ? ", and the fastest of the " + sameSize + " with that resolution" : "");
    }

    private static String bestWhy(List<CandidateResult> working, String what) {
        CandidateResult best = working.get(0);
        return describe(best) + (working.size() == 1 ? ": the only " + what + " that answered OK"
                : ": the best of " + working.size() + " working " + what + "s (resolution, then latency)");
    }

    /** "OK, H.264 640x360 25 fps in 12 ms (onvif)" */
    private static String describe(CandidateResult r) {
        ProbeResult result = r.result();
        return "OK, " + result.media().summary() + " in " + result.latencyMillis() + " ms ("
                + r.candidate().source().wireName() + " " + r.candidate().hint() + ")";
    }

    private static String size(MediaFacts media) {
        return media.width() == null ? "unknown size" : media.width() + "x" + media.height();
    }

    static long pixels(MediaFacts media) {
        return media.width() == null || media.height() == null ? 0 : (long) media.width() * media.height();
    }
}
