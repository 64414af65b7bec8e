package io.ohmvision.users.control;

import io.ohmvision.platform.ExpiringMap;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials verified a moment ago, so that a program calling the API with HTTP Basic pays for the password hash
 * (hundreds of milliseconds) once a minute instead of on every call. Entries are keyed by an HMAC-SHA256 of user name
 * and password under a random key of this process: neither the password nor a plain hash of it (which could be
 * brute-forced offline from a heap dump) is kept. Bounded in size and time; a user's entries are forgotten when the
 * user changes, and a verification that raced with such a change is not remembered.
 */
final class VerifiedCredentials {

    private static final String MAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration timeToLive;
    private final Clock clock;
    private final ExpiringMap<String, String> userByKey;

    VerifiedCredentials(int capacity, Duration timeToLive, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
        this.timeToLive = timeToLive;
        this.clock = clock;
        this.userByKey = new ExpiringMap<>(capacity, clock);
    }

    /** The user, if exactly these credentials were verified within the time to live. */
    Optional<String> lookup(String username, String password) {
        return userByKey.get(keyOf(username, password)).filter(username::equals);
    }

    /** A mark to give {@link #remember}: taken before the credentials are read from the database. */
    long mark() {
        return userByKey.mark();
    }

    /** Remembers credentials just verified, unless a user changed since {@code mark} (the check may be stale). */
    void remember(String username, String password, long mark) {
        if (!timeToLive.isZero() && !timeToLive.isNegative()) {
            userByKey.putUnlessRemovedSince(mark, keyOf(username, password), username, clock.instant().plus(timeToLive));
        }
    }

    void forget(String username) {
        userByKey.removeIf((key, user) -> user.equals(username));
    }

    int size() {
        return userByKey.size();
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
