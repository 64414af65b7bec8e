package io.ohmvision.catalog.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP or RTSP reply as far as fingerprinting needs it: status line, headers (names case-insensitive, repeats
 * kept) and body. RTSP replies share HTTP's message format, so one type serves both.
 */
public record ServiceReply(String statusLine, Map<String, List<String>> headers, String body) {


    public ServiceReply {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), ServiceReply::concat));
        headers = copy;
        body = body == null ? "" : body;
    }

    /** Parses a captured reply: status line, header lines, an empty line, then the body. */
    public static ServiceReply parse(String raw) {
        String[] headAndBody = raw.split("\r?\n\r?\n", 2);
        String[] lines = headAndBody[0].split("\r?\n");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        return new ServiceReply(lines[0].trim(), headers, headAndBody.length > 1 ? headAndBody[1] : "");
    }

    public boolean isRtsp() {
        return statusLine.toUpperCase(Locale.ROOT).startsWith("RTSP/");
    }

    public List<String> header(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /**
     * Realms of every WWW-Authenticate challenge, in order. The reply is the device's text: it is searched for short
     * literals, each position once, where a backtracking pattern took time quadratic in the header.
     */
    public List<String> realms() {
        List<String> realms = new ArrayList<>();
        for (String challenge : header("WWW-Authenticate")) {
            for (int at = find(challenge, "realm=\"", 0); at >= 0; at = find(challenge, "realm=\"", at)) {
                int start = at + "realm=\"".length();
                int end = challenge.indexOf('"', start);
                if (end < 0) {
                    break;
                }
                realms.add(challenge.substring(start, end));
                at = end + 1;
            }
        }
        return realms;
    }

    /** The text of the first HTML title element, found as {@link #realms} are. */
    public Optional<String> title() {
        int at = find(body, "<title", 0);
        int open = at < 0 ? -1 : body.indexOf('>', at);
        int close = open < 0 ? -1 : find(body, "</title>", open);
        return close < 0 ? Optional.empty() : Optional.of(body.substring(open + 1, close).trim());
    }

    /** indexOf ignoring case, for a short ASCII literal. */
    private static int find(String text, String literal, int from) {
        for (int i = Math.max(0, from); i + literal.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, literal, 0, literal.length())) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
