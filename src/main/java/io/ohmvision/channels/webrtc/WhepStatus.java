package io.ohmvision.channels.webrtc;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;

/** What the status of a WHEP POST other than 201 Created means to a health check. */
final class WhepStatus {

    private WhepStatus() {
    }

    /** @param authScheme the scheme of the Authorization sent with the offer, or null when none was sent */
    static Verdict verdict(int status, String authScheme) {
        return switch (status) {
            case 401 -> authScheme == null
                    ? new Verdict(Outcome.AUTH_FAILED, "the WHEP endpoint needs a token or credentials (401)")
                    : new Verdict(Outcome.AUTH_FAILED, "token or credentials refused (401 after " + authScheme + ")");
            case 403 -> new Verdict(Outcome.AUTH_FAILED, "access forbidden (403)");
            case 404 -> new Verdict(Outcome.NOT_FOUND, "no WHEP endpoint or stream at this path (404)");
            case 405 -> new Verdict(Outcome.UNSUPPORTED, "the URL does not accept WHEP offers (405)");
            case 429 -> new Verdict(Outcome.BUSY, "too many requests (429)");
            case 503 -> new Verdict(Outcome.BUSY, "service unavailable: too many viewers or requests (503)");
            default -> byClass(status);
        };
    }

    private static Verdict byClass(int status) {
        return switch (status / 100) {
            case 2 -> new Verdict(Outcome.PROTOCOL_ERROR, "answered " + status + " where WHEP requires 201 Created");
            case 3 -> new Verdict(Outcome.NOT_FOUND, "endpoint moved (" + status + "); redirects are not followed");
            case 4 -> new Verdict(Outcome.PROTOCOL_ERROR, "offer rejected (" + status + ")");
            case 5 -> new Verdict(Outcome.PROTOCOL_ERROR, "server error (" + status + ")");
            default -> new Verdict(Outcome.PROTOCOL_ERROR, "unexpected status " + status);
        };
    }
}
