package io.ohmvision.channels.http;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Foscam's CGI answers every request with HTTP 200 and an XML result code, a refused login included:
 * {@code <CGI_Result><result>-2</result></CGI_Result>} is "user name or password error", -3 "access deny" (Foscam
 * IPCamera CGI User Guide, "cgi execute result"). Read as the refusal it is, so that auto-detect's lockout guard
 * counts it: a Foscam can lock its account until it is rebooted after wrong passwords (camera-facts.md, S3).
 */
final class CgiRefusal {

    /** A refusal is a few dozen bytes; a picture or a page is not looked into. */
    private static final int LONGEST = 512;
    private static final Pattern RESULT = Pattern.compile("<CGI_Result>\\s*<result>\\s*(-[23])\\s*</result>");

    private CgiRefusal() {
    }

    static Optional<Verdict> of(byte[] body) {
        if (body.length > LONGEST) {
            return Optional.empty();
        }
        Matcher result = RESULT.matcher(new String(body, StandardCharsets.US_ASCII));
        if (!result.find()) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(Outcome.AUTH_FAILED, "-2".equals(result.group(1))
                ? "the camera refused the user name or password (CGI result -2)"
                : "the camera denied access to this user (CGI result -3)"));
    }
}
