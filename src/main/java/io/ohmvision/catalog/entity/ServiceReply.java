package io.ohmvision.catalog.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP or RTSP reply as far as fingerprinting needs it: status line, headers (names case-insensitive, repeats
 * kept) and body. RTSP replies share HTTP's message format, so one type serves both.
 */
public record ServiceReply(String statusLine, Map<String, List<String>> headers, String body) {

    private static final Pattern REALM = Pattern.compile("realm=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE =
            Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

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

    /** Realms of every WWW-Authenticate challenge, in order. */
    public List<String> realms() {
        List<String> realms = new ArrayList<>();
        for (String challenge : header("WWW-Authenticate")) {
            Matcher m = REALM.matcher(challenge);
            while (m.find()) {
                realms.add(m.group(1));
            }
        }
        return realms;
    }

    public Optional<String> title() {
        Matcher m = TITLE.matcher(body);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
