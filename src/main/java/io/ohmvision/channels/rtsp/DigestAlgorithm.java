package io.ohmvision.channels.rtsp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Digest hash functions (RFC 7616 3.2), weakest first so the ordinal ranks challenges. */
enum DigestAlgorithm {
    MD5("MD5", "MD5"),
    SHA_256("SHA-256", "SHA-256"),
    SHA_512_256("SHA-512-256", "SHA-512/256");

    private final String wireName;
    private final String jdkName;

    DigestAlgorithm(String wireName, String jdkName) {
        this.wireName = wireName;
        this.jdkName = jdkName;
    }

    String wireName() {
        return wireName;
    }

    /** A missing algorithm means MD5 (RFC 2617 3.2.1); "-sess" variants share the hash. */
    static Optional<DigestAlgorithm> fromChallenge(String algorithm) {
        if (algorithm == null) {
            return Optional.of(MD5);
        }
        String name = withoutSessionSuffix(algorithm).toUpperCase(Locale.ROOT);
        for (DigestAlgorithm candidate : values()) {
            if (candidate.wireName.equals(name)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static boolean isSessionVariant(String algorithm) {
        return algorithm != null && algorithm.toLowerCase(Locale.ROOT).endsWith("-sess");
    }

    private static String withoutSessionSuffix(String algorithm) {
        return isSessionVariant(algorithm) ? algorithm.substring(0, algorithm.length() - "-sess".length()) : algorithm;
    }

    /** Lower-case hex of the hash of the UTF-8 bytes. */
    String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jdkName).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException notInThisJdk) {
            throw new IllegalStateException("every Java 17 runtime has " + jdkName, notInThisJdk);
        }
    }
}
