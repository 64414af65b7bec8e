package io.ohmvision.users.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Base64;
import java.util.Map;

/**
 * Users' passwords as Jakarta Security's PBKDF2 hashes at OWASP's recommendation for PBKDF2-HMAC-SHA256 (600,000
 * iterations, 32-byte salt). A stored hash names its own algorithm, iterations and salt
 * ({@code PBKDF2WithHmacSHA256:600000:salt:hash}), so hashes made with fewer iterations (2,048: Jakarta's default,
 * used before) still verify and are recognised as outdated.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    static final int SALT_BYTES = 32;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified when the user does not exist, so that an unknown name costs as much time as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("no such user".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return pbkdf2.verify(password.toCharArray(), stored);
    }

    /** Spends the time of one verification, for a user that does not exist. */
    void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }

    /** True when the stored hash is as strong as new ones: same algorithm, at least as many iterations and salt. */
    static boolean isCurrent(String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            return Integer.parseInt(parts[1]) >= ITERATIONS && Base64.getDecoder().decode(parts[2]).length >= SALT_BYTES;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
