package io.ohmvision.channels.rtsp;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the challenge a camera chose, for every request of one probe: Basic, or Digest with a per-nonce count.
 * Field quoting follows RFC 7616 (algorithm, qop and nc unquoted, cnonce quoted) because some Dahua and Amcrest
 * firmware reject a quoted qop or nc.
 */
final class Authorizer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String username;
    private final String password;
    private final Supplier<String> cnonces;
    private AuthChallenge challenge;
    private int nonceCount;

    /** @param username and password plain, as the user typed them (already percent-decoded) */
    Authorizer(String username, String password, Supplier<String> cnonces) {
        this.username = username;
        this.password = password == null ? "" : password;
        this.cnonces = cnonces;
    }

    static Authorizer withRandomCnonces(String username, String password) {
        return new Authorizer(username, password, () -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        });
    }

    boolean hasCredentials() {
        return username != null && !username.isEmpty();
    }

    void answer(AuthChallenge chosen) {
        challenge = chosen;
        nonceCount = 0;
    }

    void forget() {
        challenge = null;
    }

    /** "Digest" or "Basic" once a challenge is being answered. */
    Optional<String> schemeName() {
        return Optional.ofNullable(challenge).map(c -> c.scheme().equals(AuthChallenge.BASIC) ? "Basic" : "Digest");
    }

    /** The Authorization header value for this request, or empty before any challenge. */
    Optional<String> header(String method, String uri) {
        if (challenge == null) {
            return Optional.empty();
        }
        if (challenge.scheme().equals(AuthChallenge.BASIC)) {
            String pair = username + ":" + password;
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.of(digestHeader(method, uri));
    }

    private String digestHeader(String method, String uri) {
        String algorithmName = challenge.params().get("algorithm");
        DigestAlgorithm algorithm = DigestAlgorithm.fromChallenge(algorithmName).orElseThrow();
        String realm = challenge.params().getOrDefault("realm", "");
        String nonce = challenge.params().get("nonce");
        String qop = challenge.qopOffered() ? DigestQop.choose(challenge.params().get("qop")).orElseThrow() : null;
        boolean session = DigestAlgorithm.isSessionVariant(algorithmName);
        String cnonce = qop != null || session ? cnonces.get() : null;
        String nc = String.format("%08x", ++nonceCount);
        String response = new Digest(algorithm, session, username, realm, password, nonce, method, uri, qop, nc, cnonce)
                .response();
        boolean userhash = "true".equalsIgnoreCase(challenge.params().get("userhash"));

        StringBuilder header = new StringBuilder("Digest ");
        header.append("username=").append(quoted(userhash ? algorithm.hex(username + ":" + realm) : username));
        header.append(", realm=").append(quoted(realm));
        header.append(", nonce=").append(quoted(nonce));
        header.append(", uri=").append(quoted(uri));
        header.append(", response=").append(quoted(response));
        // ZoneMinder-era cameras want the algorithm spelt out even when the challenge left it implicit
        header.append(", algorithm=").append(algorithm.wireName()).append(session ? "-sess" : "");
        if (challenge.params().containsKey("opaque")) {
            header.append(", opaque=").append(quoted(challenge.params().get("opaque")));
        }
        if (qop != null) {
            header.append(", qop=").append(qop).append(", nc=").append(nc);
        }
        if (cnonce != null) {
            header.append(", cnonce=").append(quoted(cnonce));
        }
        if (userhash) {
            header.append(", userhash=true");
        }
        return header.toString();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        return "Authorizer[" + schemeName().orElse("no challenge yet") + "]";
    }
}
