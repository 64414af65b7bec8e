package io.ohmvision.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a push proves it comes from the camera: an HMAC-SHA256 of the body under the camera's secret (header
 * {@value #SIGNATURE_HEADER}: {@code sha256=<hex>}), or, for devices that cannot sign, the secret itself as a token
 * (header {@value #TOKEN_HEADER} or query parameter {@code token}). Both comparisons take the same time whatever
 * the input, so a caller cannot learn the secret byte by byte. A sender that also sends {@value #TIMESTAMP_HEADER}
 * (Unix seconds) signs {@code <timestamp>.<body>} instead, and the push is refused outside
 * {@link #REPLAY_WINDOW} of the receiver's clock: a captured push cannot be replayed later to fake a heartbeat.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-OhmVision-Signature";
    public static final String TOKEN_HEADER = "X-OhmVision-Token";
    public static final String TIMESTAMP_HEADER = "X-OhmVision-Timestamp";
    /** How far a signed timestamp may be from the receiver's clock, either way (clocks of cameras drift). */
    public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** The header value a sender puts on {@code body}. */
    public static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** The header value a sender that sends {@value #TIMESTAMP_HEADER} puts on {@code body}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return sign(secret, timestamped(timestamp, body));
    }

    /** As {@link #authentic(String, byte[], String, String, String, Instant)} for a push without a timestamp. */
    public static boolean authentic(String secret, byte[] body, String signature, String token) {
        return authentic(secret, body, signature, token, null, Instant.EPOCH);
    }

    /**
     * @param signature the header value, with or without the {@code sha256=} prefix, hex in any case; may be null
     * @param token     the token from the header or the query; may be null
     * @param timestamp the {@value #TIMESTAMP_HEADER} header; may be null (the signature then covers the body alone)
     * @param now       the receiver's clock
     */
    public static boolean authentic(String secret, byte[] body, String signature, String token, String timestamp,
            Instant now) {
        if (signature != null && !signature.isBlank()) {
            if (timestamp == null || timestamp.isBlank()) {
                return signatureMatches(secret, body, signature.strip());
            }
            long seconds;
            try {
                seconds = Long.parseLong(timestamp.strip());
            } catch (NumberFormatException notSeconds) {
                return false;
            }
            Duration skew = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
            return skew.compareTo(REPLAY_WINDOW) <= 0
                    && signatureMatches(secret, timestamped(seconds, body), signature.strip());
        }
        return token != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean signatureMatches(String secret, byte[] body, String signature) {
        String hex = signature.toLowerCase(Locale.ROOT);
        hex = hex.startsWith(PREFIX) ? hex.substring(PREFIX.length()) : hex;
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    private static byte[] timestamped(long timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return signed;
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
