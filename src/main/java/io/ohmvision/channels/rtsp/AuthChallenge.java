package io.ohmvision.channels.rtsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One challenge from a WWW-Authenticate header (RFC 7235 4.1). A header may hold several challenges and a reply
 * may repeat the header; {@link #strongest} picks the one to answer.
 *
 * @param scheme lower case, e.g. "digest", "basic"
 * @param params parameter names in lower case, values unquoted
 */
record AuthChallenge(String scheme, Map<String, String> params) {

    static final String DIGEST = "digest";
    static final String BASIC = "basic";

    String realm() {
        return params.get("realm");
    }

    /** Null when this client cannot answer the challenge (unknown scheme, algorithm or qop). */
    Integer strength() {
        if (scheme.equals(BASIC)) {
            return 0;
        }
        if (!scheme.equals(DIGEST) || !params.containsKey("nonce")) {
            return null;
        }
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.fromChallenge(params.get("algorithm"));
        if (algorithm.isEmpty() || qopOffered() && DigestQop.choose(params.get("qop")).isEmpty()) {
            return null;
        }
        return 1 + algorithm.get().ordinal();
    }

    boolean qopOffered() {
        return params.containsKey("qop");
    }

    static Optional<AuthChallenge> strongest(List<AuthChallenge> challenges) {
        return challenges.stream().filter(c -> c.strength() != null)
                .max(Comparator.comparingInt(AuthChallenge::strength));
    }

    /** Parses every challenge in the given WWW-Authenticate header values. */
    static List<AuthChallenge> parseAll(List<String> headerValues) {
        List<AuthChallenge> challenges = new ArrayList<>();
        for (String value : headerValues) {
            new Tokenizer(value).challenges(challenges);
        }
        return challenges;
    }

    /**
     * Splits "Digest realm="a, b", nonce=x, Basic realm=y" into challenges: a token not followed by '=' starts a
     * new challenge, commas separate parameters, quoted strings may contain commas and escaped quotes.
     */
    private static final class Tokenizer {
        private final String text;
        private int position;

        Tokenizer(String text) {
            this.text = text;
        }

        void challenges(List<AuthChallenge> out) {
            String scheme = null;
            Map<String, String> params = new LinkedHashMap<>();
            while (skipSeparators()) {
                String token = token();
                if (token.isEmpty()) {
                    position++; // stray character: skip it rather than fail the whole header
                    continue;
                }
                skipSpaces();
                if (position < text.length() && text.charAt(position) == '=' && scheme != null) {
                    position++;
                    skipSpaces();
                    params.put(token.toLowerCase(Locale.ROOT), value());
                } else {
                    if (scheme != null) {
                        out.add(new AuthChallenge(scheme, Map.copyOf(params)));
                    }
                    scheme = token.toLowerCase(Locale.ROOT);
                    params = new LinkedHashMap<>();
                }
            }
            if (scheme != null) {
                out.add(new AuthChallenge(scheme, Map.copyOf(params)));
            }
        }

        private boolean skipSeparators() {
            while (position < text.length() && (text.charAt(position) == ',' || Character.isWhitespace(text.charAt(position)))) {
                position++;
            }
            return position < text.length();
        }

        private void skipSpaces() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        private String token() {
            int start = position;
            while (position < text.length() && isTokenChar(text.charAt(position))) {
                position++;
            }
            return text.substring(start, position);
        }

        private String value() {
            if (position >= text.length() || text.charAt(position) != '"') {
                // unquoted: a token, or a token68 such as a base64 nonce with '=' padding
                int start = position;
                while (position < text.length() && text.charAt(position) != ','
                        && !Character.isWhitespace(text.charAt(position))) {
                    position++;
                }
                return text.substring(start, position);
            }
            StringBuilder value = new StringBuilder();
            position++;
            while (position < text.length() && text.charAt(position) != '"') {
                char c = text.charAt(position++);
                if (c == '\\' && position < text.length()) {
                    c = text.charAt(position++);
                }
                value.append(c);
            }
            position++; // closing quote
            return value.toString();
        }

        private static boolean isTokenChar(char c) {
            return c > ' ' && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
        }
    }
}
