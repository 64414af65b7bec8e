package io.ohmvision.cluster.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Signs the messages this member relays and checks the ones it receives, so that only members holding the cluster's
 * credential key can make another member fire an event (and push it to its clients). A sealed message is one header
 * line, then the message:
 * <pre>ohmv1 SENDER SEQUENCE MILLIS MAC
 * message</pre>
 * SENDER is random per start of a member, SEQUENCE counts its messages, MILLIS is when it was sealed, and MAC is
 * HMAC-SHA256 (Base64url) over everything else, keyed with a key derived from the credential key. A message is refused
 * when it is malformed, its MAC does not match (compared in constant time), it was sealed more than the window away
 * from now, or its sender's sequence was seen before ({@link ReplayWindow}).
 */
final class RelaySeal {

    static final String VERSION = "ohmv1";
    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a received message was refused; OK when it was not. */
    enum Verdict { OK, MALFORMED, BAD_SIGNATURE, OUTSIDE_WINDOW, REPLAYED }

    /** A received message: the verdict, and the message when it is OK. */
    record Opened(Verdict verdict, String message) {
    }

    private final SecretKey key;
    private final Clock clock;
    private final Duration window;
    private final String sender = HexFormat.of().formatHex(randomBytes(12));
    private final AtomicLong sequence = new AtomicLong();
    /** Senders whose messages passed, with their windows: only authentic senders get one. */
    private final Map<String, SenderState> senders = new ConcurrentHashMap<>();

    private record SenderState(ReplayWindow window, long lastMillis) {
    }

    RelaySeal(SecretKey key, Clock clock, Duration window) {
        this.key = key;
        this.clock = clock;
        this.window = window;
    }

    String seal(String message) {
        String header = VERSION + " " + sender + " " + sequence.getAndIncrement() + " " + clock.millis();
        return header + " " + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(header, message)) + "\n"
                + message;
    }

    Opened open(String sealed) {
        int newline = sealed.indexOf('\n');
        String[] header = newline < 0 ? new String[0] : sealed.substring(0, newline).split(" ", -1);
        if (header.length != 5 || !header[0].equals(VERSION)) {
            return new Opened(Verdict.MALFORMED, null);
        }
        String message = sealed.substring(newline + 1);
        byte[] presented;
        long sequenceNumber;
        long sealedAt;
        try {
            presented = Base64.getUrlDecoder().decode(header[4]);
            sequenceNumber = Long.parseLong(header[2]);
            sealedAt = Long.parseLong(header[3]);
        } catch (IllegalArgumentException unreadable) {
            return new Opened(Verdict.MALFORMED, null);
        }
        String signed = String.join(" ", header[0], header[1], header[2], header[3]);
        if (!MessageDigest.isEqual(mac(signed, message), presented)) {
            return new Opened(Verdict.BAD_SIGNATURE, null);
        }
        long now = clock.millis();
        if (Math.abs(now - sealedAt) > window.toMillis()) {
            return new Opened(Verdict.OUTSIDE_WINDOW, null);
        }
        forgetSendersQuietSince(now - 2 * window.toMillis());
        SenderState state = senders.compute(header[1], (id, known) ->
                new SenderState(known == null ? new ReplayWindow() : known.window(), now));
        return state.window().accept(sequenceNumber) ? new Opened(Verdict.OK, message)
                : new Opened(Verdict.REPLAYED, null);
    }

    /** A sender quiet for longer than the window has restarted or left; a replay of its old messages is stale. */
    private void forgetSendersQuietSince(long millis) {
        senders.values().removeIf(state -> state.lastMillis() < millis);
    }

    private byte[] mac(String header, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(header.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '\n');
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + HMAC, e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
