package io.ohmvision.channels;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Credentials some cameras take in the query instead of an Authorization header: Foscam's CGI
 * ({@code usr=...&pwd=...}), Reolink's API, RTMP and HTTP-FLV ({@code user=...&password=...}), older clones
 * ({@code loginuse=...&loginpas=...}). A URL is stored with these parameters present but empty (its slots:
 * {@code ...&user=&password=}), so it shows where the credentials go and holds none; they are filled in from the
 * camera's encrypted fields at the moment of connecting, as user info is for every other URL.
 */
public final class QueryCredentials {

    private static final Set<String> USER_PARAMETERS = Set.of("user", "usr", "username", "loginuse");
    private static final Set<String> PASSWORD_PARAMETERS = Set.of("password", "pwd", "passwd", "loginpas");

    private QueryCredentials() {
    }

    /** Whether the URL has a query credential parameter (a slot, empty or not). */
    public static boolean hasSlots(String url) {
        return parameters(url).anyMatch(p -> p.isUser() || p.isPassword());
    }

    /** Whether a query credential parameter of the URL holds a value: a URL that is not in its stored form. */
    public static boolean carriesValues(String url) {
        return parameters(url).anyMatch(p -> (p.isUser() || p.isPassword()) && !p.value().isEmpty());
    }

    /**
     * The URL with its query credentials moved into its user info fields (their parameters left empty), so that
     * everything that takes credentials out of a typed URL takes these out too; the URL as it was when its query
     * holds none, or when it already has user info (which then wins).
     */
    public static StreamUrl lift(StreamUrl url) {
        if (url.hasCredentials() || !carriesValues(url.pathAndQuery())) {
            return url;
        }
        String user = parameters(url.pathAndQuery()).filter(Parameter::isUser).map(Parameter::decoded)
                .filter(v -> !v.isEmpty()).findFirst().orElse(null);
        String password = parameters(url.pathAndQuery()).filter(Parameter::isPassword).map(Parameter::decoded)
                .filter(v -> !v.isEmpty()).findFirst().orElse(null);
        return new StreamUrl(url.scheme(), user == null ? "" : user, password, url.host(), url.port(),
                fill(url.pathAndQuery(), "", ""));
    }

    /** The URL with every query credential parameter set to these values, percent-encoded; null leaves it empty. */
    public static String fill(String url, String user, String password) {
        return Query.of(url).map(query -> query.rebuilt(part -> {
            Parameter parameter = Parameter.of(part);
            if (!parameter.isUser() && !parameter.isPassword()) {
                return part;
            }
            String value = parameter.isUser() ? user : password;
            return parameter.name() + "=" + (value == null ? "" : StreamUrl.encode(value));
        })).orElse(url);
    }

    private static Stream<Parameter> parameters(String url) {
        return Query.of(url).stream().flatMap(query -> Arrays.stream(query.parts())).map(Parameter::of);
    }

    /** A URL cut around its query: what comes before it (with the '?'), its parts, and the fragment after it. */
    private record Query(String head, String[] parts, String tail) {
        static Optional<Query> of(String url) {
            int query = url.indexOf('?');
            if (query < 0) {
                return Optional.empty();
            }
            int fragment = url.indexOf('#', query);
            int end = fragment < 0 ? url.length() : fragment;
            return Optional.of(new Query(url.substring(0, query + 1), url.substring(query + 1, end).split("&", -1),
                    url.substring(end)));
        }

        String rebuilt(UnaryOperator<String> part) {
            return head + Arrays.stream(parts).map(part).collect(Collectors.joining("&")) + tail;
        }
    }

    private record Parameter(String name, String value) {
        static Parameter of(String part) {
            int equals = part.indexOf('=');
            return equals < 0 ? new Parameter(part, "") : new Parameter(part.substring(0, equals),
                    part.substring(equals + 1));
        }

        boolean isUser() {
            return USER_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
        }

        boolean isPassword() {
            return PASSWORD_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
        }

        String decoded() {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
