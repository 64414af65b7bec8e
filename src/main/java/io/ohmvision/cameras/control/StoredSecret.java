package io.ohmvision.cameras.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Compares a secret someone typed with the stored one without telling by the time taken how much of it matched. */
final class StoredSecret {

    private StoredSecret() {
    }

    /**
     * Both sides are hashed first, so the comparison runs over 32 bytes whatever the lengths (MessageDigest.isEqual
     * alone still takes time proportional to its first argument).
     */
    static boolean matches(String given, String stored) {
        return MessageDigest.isEqual(sha256(given), sha256(stored));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
