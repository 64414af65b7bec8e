package io.ohmvision.channels.http;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;

/** What an HTTP status code that is not a success means to a camera health check. */
final class HttpStatus {

    private HttpStatus() {
    }

    static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** @param authScheme the scheme of the Authorization sent with the request that got this status, or null */
    static Verdict verdict(int status, String authScheme) {
        if (status == 401 && authScheme != null) {
            return new Verdict(Outcome.AUTH_FAILED, "wrong user name or password (401 after " + authScheme + ")");
        }
        return switch (status) {
            case 401 -> new Verdict(Outcome.AUTH_FAILED, "credentials required (401)");
            // the credentials were accepted or not asked for, but this user may not see this picture
            case 403 -> new Verdict(Outcome.AUTH_FAILED, "access forbidden (403)");
            case 404, 410 -> new Verdict(Outcome.NOT_FOUND, "path not found (" + status + ")");
            case 405, 501 -> new Verdict(Outcome.UNSUPPORTED, "GET not supported here (" + status + ")");
            case 429, 503 -> new Verdict(Outcome.BUSY, "too many clients or requests (" + status + ")");
            default -> status >= 300 && status < 400
                    // cameras redirect to their login page; following it would only show that page
                    ? new Verdict(Outcome.NOT_FOUND, "redirected elsewhere, not followed (" + status + ")")
                    : new Verdict(Outcome.PROTOCOL_ERROR, "unexpected status " + status);
        };
    }
}
