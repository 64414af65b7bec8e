package io.ohmvision.channels.http;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camera CGIs that take credentials in the query answer a refused login with HTTP 200 and a few dozen bytes of text
 * instead of a 401. Read as the refusals they are, so that auto-detect's lockout guard counts them: both makers lock
 * an account after wrong passwords (camera-facts.md, S3).
 * <ul>
 * <li>Foscam: {@code <CGI_Result><result>-2</result></CGI_Result>} is "user name or password error", -3 "access
 * deny" (Foscam IPCamera CGI User Guide, "cgi execute result").</li>
 * <li>Reolink ({@code /cgi-bin/api.cgi}): a JSON array whose error's {@code detail} is "invalid user", "login
 * failed" or "password wrong" (rspCode -7 for "login failed"), or a text saying "Login has been locked"; the
 * phrases reolink_aio (github.com/starkillerOG/reolink_aio, {@code api.py}, {@code send()}), the library Home
 * Assistant's Reolink integration uses, treats as invalid credentials.</li>
 * </ul>
 */
final class CgiRefusal {

    /** A refusal is a few dozen bytes (reolink_aio looks only into bodies under 500); a picture is not looked into. */
    private static final int LONGEST = 512;
    private static final Pattern FOSCAM = Pattern.compile("<CGI_Result>\\s*<result>\\s*(-[23])\\s*</result>");
    private static final Pattern REOLINK = Pattern.compile(
            "\"detail\"\\s*:\\s*\"(invalid user|login failed|password wrong)\"|(Login has been locked)");

    private CgiRefusal() {
    }

    static Optional<Verdict> of(byte[] body) {
        if (body.length > LONGEST) {
            return Optional.empty();
        }
        String text = new String(body, StandardCharsets.US_ASCII);
        return foscam(text).or(() -> reolink(text));
    }

    private static Optional<Verdict> foscam(String text) {
        Matcher result = FOSCAM.matcher(text);
        if (!result.find()) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(Outcome.AUTH_FAILED, "-2".equals(result.group(1))
                ? "the camera refused the user name or password (CGI result -2)"
                : "the camera denied access to this user (CGI result -3)"));
    }

    private static Optional<Verdict> reolink(String text) {
        Matcher refusal = REOLINK.matcher(text);
        if (!refusal.find()) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(Outcome.AUTH_FAILED, refusal.group(2) != null
                ? "the camera has locked this login after failed attempts (\"Login has been locked\")"
                : "the camera refused the user name or password (\"" + refusal.group(1) + "\")"));
    }
}
