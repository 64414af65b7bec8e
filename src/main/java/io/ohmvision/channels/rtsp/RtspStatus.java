package io.ohmvision.channels.rtsp;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;
import java.util.Map;

/**
 * What an RTSP status code (RFC 2326 11) means to a health check. Codes without an entry are read as the x00 of
 * their class, as the RFC asks.
 */
final class RtspStatus {

    private record Meaning(Outcome outcome, String description) {
    }

    private static final Map<Integer, Meaning> MEANINGS = Map.ofEntries(
            Map.entry(200, new Meaning(Outcome.OK, "OK")),
            Map.entry(300, new Meaning(Outcome.NOT_FOUND, "stream moved; redirects are not followed")),
            Map.entry(400, new Meaning(Outcome.PROTOCOL_ERROR, "request rejected")),
            Map.entry(401, new Meaning(Outcome.AUTH_FAILED, "credentials required")),
            Map.entry(403, new Meaning(Outcome.AUTH_FAILED, "access forbidden")),
            Map.entry(404, new Meaning(Outcome.NOT_FOUND, "path not found")),
            Map.entry(405, new Meaning(Outcome.UNSUPPORTED, "method not allowed")),
            Map.entry(451, new Meaning(Outcome.UNSUPPORTED, "parameter not understood")),
            Map.entry(453, new Meaning(Outcome.BUSY, "not enough bandwidth")),
            Map.entry(461, new Meaning(Outcome.UNSUPPORTED, "unsupported transport")),
            Map.entry(500, new Meaning(Outcome.PROTOCOL_ERROR, "server error")),
            Map.entry(501, new Meaning(Outcome.UNSUPPORTED, "method not implemented")),
            Map.entry(503, new Meaning(Outcome.BUSY, "service unavailable: too many clients or requests")),
            Map.entry(551, new Meaning(Outcome.UNSUPPORTED, "option not supported")));

    private RtspStatus() {
    }

    static boolean isSuccess(int status) {
        return meaning(status).outcome() == Outcome.OK;
    }

    /** @param authScheme the scheme of the Authorization sent with the request that got this status, or null */
    static Verdict verdict(int status, String authScheme) {
        if (status == 401 && authScheme != null) {
            return new Verdict(Outcome.AUTH_FAILED, "wrong user name or password (401 after " + authScheme + ")");
        }
        Meaning meaning = meaning(status);
        return new Verdict(meaning.outcome(), meaning.description() + " (" + status + ")");
    }

    private static Meaning meaning(int status) {
        Meaning exact = MEANINGS.get(status);
        if (exact != null) {
            return exact;
        }
        Meaning ofClass = MEANINGS.get(status / 100 * 100);
        return ofClass != null ? ofClass : new Meaning(Outcome.PROTOCOL_ERROR, "unexpected status");
    }
}
