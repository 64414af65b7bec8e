package io.ohmvision.channels.webrtc;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A self-signed ECDSA P-256 certificate whose only use is the a=fingerprint line of a WHEP offer: servers check that
 * the line is there and well formed, and the probe never runs the DTLS handshake that would use the key. The JDK has
 * no public API to make a certificate, so the few DER structures of RFC 5280 are written here.
 */
final class ThrowawayCertificate {

    private static final byte SEQUENCE = 0x30;
    private static final byte SET = 0x31;
    private static final byte INTEGER = 0x02;
    private static final byte BIT_STRING = 0x03;
    private static final byte UTF8_STRING = 0x0c;
    private static final byte UTC_TIME = 0x17;
    private static final byte VERSION_TAG = (byte) 0xa0;
    /** OID 1.2.840.10045.4.3.2 ecdsa-with-SHA256, DER-encoded. */
    private static final byte[] ECDSA_WITH_SHA256 = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02};
    /** OID 2.5.4.3 commonName, DER-encoded. */
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
    private static final DateTimeFormatter UTC_TIME_FORMAT = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'", Locale.ROOT);

    private final byte[] der;

    private ThrowawayCertificate(byte[] der) {
        this.der = der;
    }

    static ThrowawayCertificate create(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keys = generator.generateKeyPair();
            byte[] name = der(SEQUENCE, der(SET, der(SEQUENCE, COMMON_NAME,
                    der(UTF8_STRING, "ohmvision-whep-probe".getBytes(StandardCharsets.UTF_8)))));
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
            byte[] validity = der(SEQUENCE, utcTime(now.minusDays(1)), utcTime(now.plusDays(30)));
            byte[] algorithm = der(SEQUENCE, ECDSA_WITH_SHA256);
            byte[] tbs = der(SEQUENCE, der(VERSION_TAG, der(INTEGER, new byte[]{2})),
                    der(INTEGER, new BigInteger(63, random).add(BigInteger.ONE).toByteArray()), algorithm, name,
                    validity, name, keys.getPublic().getEncoded());
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate(), random);
            signer.update(tbs);
            return new ThrowawayCertificate(der(SEQUENCE, tbs, algorithm, bitString(signer.sign())));
        } catch (GeneralSecurityException jdkWithoutEc) {
            throw new IllegalStateException("this JDK cannot make an ECDSA P-256 certificate", jdkWithoutEc);
        }
    }

    byte[] der() {
        return der.clone();
    }

    /** The value of an SDP a=fingerprint line (RFC 8122 5): "sha-256 " and upper-case hex pairs. */
    String sha256Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return "sha-256 " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException noSha256) {
            throw new IllegalStateException("every JDK has SHA-256", noSha256);
        }
    }

    private static byte[] utcTime(ZonedDateTime time) {
        return der(UTC_TIME, UTC_TIME_FORMAT.format(time).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] bitString(byte[] content) {
        byte[] withUnusedBits = new byte[content.length + 1];
        System.arraycopy(content, 0, withUnusedBits, 1, content.length);
        return der(BIT_STRING, withUnusedBits);
    }

    /** One DER tag-length-value with the parts concatenated as its value. */
    private static byte[] der(byte tag, byte[]... parts) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            value.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] lengthBytes = BigInteger.valueOf(length).toByteArray();
            int start = lengthBytes[0] == 0 ? 1 : 0;
            out.write(0x80 | lengthBytes.length - start);
            out.write(lengthBytes, start, lengthBytes.length - start);
        }
        out.writeBytes(value.toByteArray());
        return out.toByteArray();
    }
}
