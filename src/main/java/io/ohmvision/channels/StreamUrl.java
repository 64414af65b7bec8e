package io.ohmvision.channels;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A camera URL split into its parts, with the credentials kept apart from the rest.
 * <p>
 * Stored URLs never carry credentials: they are put in only at the moment of connecting
 * ({@link #withCredentials}) and every URL that is shown goes through {@link #mask}. Parsing is lenient on purpose:
 * older versions stored URLs such as {@code rtsp://admin:p@ss/w:rd#1@10.0.0.5/path} with the password typed in raw,
 * so the host is taken after the last {@code @} that is followed by a plausible host and port.
 *
 * @param scheme       lower-case scheme without "://"
 * @param username     user from the URL, decoded; null when absent
 * @param password     password from the URL, decoded; null when absent
 * @param host         host name or address (IPv6 without brackets)
 * @param port         explicit port, or -1
 * @param pathAndQuery everything after the authority, starting with "/" or "?" (may be empty)
 */
public record StreamUrl(String scheme, String username, String password, String host, int port, String pathAndQuery) {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern HOST_PORT =
            Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._~-]+)(?::(\\d{1,5}))?$");
    /** Query parameters that vendors use for secrets (Foscam pwd=, Reolink password=, Nest auth=, ...). */
    private static final Set<String> SECRET_PARAMETERS =
            Set.of("password", "pwd", "pass", "passwd", "loginpas", "auth", "token", "access_token", "key", "apikey",
                    "api_key");
    private static final Pattern QUERY_PARAMETER = Pattern.compile("(^|[?&;\\s])([^=&;#?\\s]+)=([^&;#\\s]*)");
    public static final String MASK = "***";
    /** Schemes that name something on this host (file:///srv/clip.mp4, usb:///dev/video0): no host part. */
    private static final Set<String> LOCAL_SCHEMES = Set.of("file", "usb");

    public static Optional<StreamUrl> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.trim();
        Matcher scheme = SCHEME.matcher(text);
        if (!scheme.find()) {
            return Optional.empty();
        }
        String rest = text.substring(scheme.end());
        String schemeName = scheme.group(1).toLowerCase(Locale.ROOT);
        int at = rest.lastIndexOf('@');
        while (true) {
            Optional<StreamUrl> candidate = splitAt(schemeName, rest, at);
            if (candidate.isPresent() || at < 0) {
                return candidate;
            }
            at = rest.lastIndexOf('@', at - 1);
        }
    }

    /** Tries the '@' at {@code at} (or none when negative) as the end of the user info. */
    private static Optional<StreamUrl> splitAt(String scheme, String rest, int at) {
        String userInfo = at < 0 ? null : rest.substring(0, at);
        if (userInfo != null && userInfo.indexOf('/') >= 0 && userInfo.indexOf(':') < 0) {
            return Optional.empty(); // a path containing '@', not user info
        }
        String afterUserInfo = rest.substring(at + 1);
        int authorityEnd = firstIndexOf(afterUserInfo, '/', '?');
        String authority = authorityEnd < 0 ? afterUserInfo : afterUserInfo.substring(0, authorityEnd);
        if (authority.isEmpty() && userInfo == null && LOCAL_SCHEMES.contains(scheme)) {
            return Optional.of(new StreamUrl(scheme, null, null, "", -1, afterUserInfo));
        }
        Matcher hostPort = HOST_PORT.matcher(authority);
        if (!hostPort.matches()) {
            return Optional.empty();
        }
        int port = hostPort.group(2) == null ? -1 : Integer.parseInt(hostPort.group(2));
        if (port > 65535) {
            return Optional.empty();
        }
        String host = hostPort.group(1).replace("[", "").replace("]", "");
        String pathAndQuery = authorityEnd < 0 ? "" : afterUserInfo.substring(authorityEnd);
        String user = null;
        String pass = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decodeIfEncoded(colon < 0 ? userInfo : userInfo.substring(0, colon));
            pass = colon < 0 ? null : decodeIfEncoded(userInfo.substring(colon + 1));
        }
        return Optional.of(new StreamUrl(scheme, user, pass, host, port, pathAndQuery));
    }

    public boolean hasCredentials() {
        return username != null && !username.isEmpty() || password != null && !password.isEmpty();
    }

    public StreamUrl withoutCredentials() {
        return new StreamUrl(scheme, null, null, host, port, pathAndQuery);
    }

    /** The URL as text, credentials percent-encoded: only for the moment of connecting. */
    public String toConnectString() {
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (hasCredentials()) {
            out.append(encode(username == null ? "" : username));
            if (password != null) {
                out.append(':').append(encode(password));
            }
            out.append('@');
        }
        return appendHostPortPath(out).toString();
    }

    /** The URL as text with the password and secret query parameters replaced by {@value #MASK}. */
    public String toMaskedString() {
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (hasCredentials()) {
            out.append(encode(username == null ? "" : username));
            if (password != null) {
                out.append(':').append(MASK);
            }
            out.append('@');
        }
        return maskSecretParameters(appendHostPortPath(out).toString());
    }

    @Override
    public String toString() {
        return toMaskedString();
    }

    /** The host as it appears in a URL (IPv6 in brackets). */
    public String hostForUrl() {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    private StringBuilder appendHostPortPath(StringBuilder out) {
        out.append(hostForUrl());
        if (port >= 0) {
            out.append(':').append(port);
        }
        return out.append(pathAndQuery);
    }

    /** Puts credentials into a stored (credential-free) URL at the moment of connecting. */
    public static String withCredentials(String url, String user, String pass) {
        StreamUrl parsed = parse(url).orElseThrow(() -> new IllegalArgumentException("not a URL: " + mask(url)));
        if (user == null || user.isEmpty()) {
            return parsed.withoutCredentials().toConnectString();
        }
        return new StreamUrl(parsed.scheme, user, pass == null ? "" : pass, parsed.host, parsed.port,
                parsed.pathAndQuery).toConnectString();
    }

    /** The stored form of a URL a device gave (an ONVIF stream URI may carry credentials); text that is no URL as is. */
    public static String stripCredentials(String url) {
        return parse(url).map(u -> u.withoutCredentials().toConnectString()).orElse(url);
    }

    /** Masks any URL-looking text for display; text that is not a URL has its secrets masked conservatively. */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        return parse(url).map(StreamUrl::toMaskedString).orElseGet(() -> maskSecretParameters(url));
    }

    private static String maskSecretParameters(String text) {
        if (text.indexOf('=') < 0) {
            return text; // no parameter to mask: most stream URLs, masked on every health check
        }
        Matcher m = QUERY_PARAMETER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean secret = SECRET_PARAMETERS.contains(m.group(2).toLowerCase(Locale.ROOT));
            String replacement = m.group(1) + m.group(2) + "=" + (secret && !m.group(3).isEmpty() ? MASK : m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8. */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Decodes a user-info part only when it is validly percent-encoded: every '%' starts a hex pair, no character
     * that would have needed encoding is present raw, and the bytes are UTF-8. Otherwise it was typed raw
     * (legacy rows) and is kept as it is.
     */
    public static String decodeIfEncoded(String part) {
        if (part.indexOf('%') < 0 || part.matches(".*[@/#?\\s].*")) {
            return part;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length() || Character.digit(part.charAt(i + 1), 16) < 0
                        || Character.digit(part.charAt(i + 2), 16) < 0) {
                    return part;
                }
                bytes.write(Integer.parseInt(part.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return part;
        }
    }

    private static int firstIndexOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
