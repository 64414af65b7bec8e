package io.ohmvision.channels;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Which server certificate a TLS probe accepts. Most cameras present a self-signed certificate that no trust store
 * knows, so besides the JVM's trust store a target may pin one certificate by its SHA-256 fingerprint, or accept
 * whatever it is shown once (trust on first use) so that the caller can record the reported fingerprint and pin it
 * from then on.
 *
 * @param pinnedSha256 only for {@link Mode#PINNED}: upper-case hex pairs separated by colons, as browsers and
 *                     {@code openssl x509 -fingerprint -sha256} show it
 */
public record TlsTrust(Mode mode, String pinnedSha256) {

    public enum Mode {
        /** The JVM's trust store and host name check. */
        SYSTEM,
        /** Exactly the certificate with this fingerprint, whoever issued it and whatever host it names. */
        PINNED,
        /** Any certificate; the probe reports its fingerprint for the caller to pin. */
        TRUST_ON_FIRST_USE
    }

    public static final TlsTrust SYSTEM = new TlsTrust(Mode.SYSTEM, null);
    public static final TlsTrust TRUST_ON_FIRST_USE = new TlsTrust(Mode.TRUST_ON_FIRST_USE, null);

    public TlsTrust {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.PINNED) {
            pinnedSha256 = canonicalSha256(pinnedSha256);
        } else if (pinnedSha256 != null) {
            throw new IllegalArgumentException("only a pinned trust carries a fingerprint");
        }
    }

    /** @param sha256 64 hex digits, with or without colons, in any case */
    public static TlsTrust pinned(String sha256) {
        return new TlsTrust(Mode.PINNED, sha256);
    }

    public boolean pins(String presentedSha256) {
        return mode == Mode.PINNED && pinnedSha256.equals(presentedSha256);
    }

    /** The fingerprint of a certificate in the form this record stores and probes report. */
    public static String sha256Of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    private static String canonicalSha256(String sha256) {
        String hex = sha256 == null ? "" : sha256.replace(":", "").strip().toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("a SHA-256 fingerprint is 64 hex digits, optionally colon-separated");
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}
