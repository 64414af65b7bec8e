package io.ohmvision.channels.onvif;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A WS-Security UsernameToken with PasswordDigest = Base64(SHA1(nonce + Created + password)) [S7]. Devices reject a
 * token whose Created is far from their own clock, so Created is taken on the device's clock.
 *
 * @param nonceBase64 the raw nonce bytes, Base64-encoded as sent
 * @param created     the UTC time stamp as sent, e.g. {@code 2024-01-01T00:00:00Z}
 */
public record UsernameToken(String username, String nonceBase64, String created, String passwordDigest) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String WSSE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String DIGEST_TYPE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    private static final String BASE64_ENCODING =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";

    /** A fresh token dated {@code deviceNow} (local time plus the measured clock offset). */
    public static UsernameToken create(String username, String password, Instant deviceNow) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return of(username, password, nonce, deviceNow.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    public static UsernameToken of(String username, String password, byte[] nonce, String created) {
        String digest = digest(nonce, created, password == null ? "" : password);
        return new UsernameToken(username, Base64.getEncoder().encodeToString(nonce), created, digest);
    }

    static String digest(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException notInThisJdk) {
            throw new IllegalStateException("every Java runtime has SHA-1", notInThisJdk);
        }
    }

    /** The wsse:Security header element. */
    public String toXml() {
        return "<wsse:Security xmlns:wsse=\"" + WSSE + "\" xmlns:wsu=\"" + WSU + "\">"
                + "<wsse:UsernameToken>"
                + "<wsse:Username>" + SoapEnvelope.escape(username) + "</wsse:Username>"
                + "<wsse:Password Type=\"" + DIGEST_TYPE + "\">" + passwordDigest + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"" + BASE64_ENCODING + "\">" + nonceBase64 + "</wsse:Nonce>"
                + "<wsu:Created>" + created + "</wsu:Created>"
                + "</wsse:UsernameToken></wsse:Security>";
    }

    @Override
    public String toString() {
        return "UsernameToken[" + username + ", created=" + created + "]";
    }
}
