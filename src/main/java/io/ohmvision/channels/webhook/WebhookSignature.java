package io.ohmvision.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a push proves it comes from the camera: an HMAC-SHA256 of the body under the camera's secret (header
 * {@value #SIGNATURE_HEADER}: {@code sha256=<hex>}), or, for devices that cannot sign, the secret itself as a token
 * (header {@value #TOKEN_HEADER} or query parameter {@code token}). Both comparisons take the same time whatever
 * the input, so a caller cannot learn the secret byte by byte.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-OhmVision-Signature";
    public static final String TOKEN_HEADER = "X-OhmVision-Token";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** The header value a sender puts on {@code body}. */
    public static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    /**
     * @param signature the header value, with or without the {@code sha256=} prefix, hex in any case; may be null
     * @param token     the token from the header or the query; may be null
     */
    public static boolean authentic(String secret, byte[] body, String signature, String token) {
        if (signature != null && !signature.isBlank()) {
            return signatureMatches(secret, body, signature.strip());
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
