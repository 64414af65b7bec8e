package io.ohmvision.cameras.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that encrypts camera secrets: from configuration (Base64 of 32 bytes), or generated once into a file
 * readable by the owner only. Instances that share a database must share the key, so a cluster configures it.
 */
public final class CredentialKey {

    private static final String HMAC = "HmacSHA256";

    private CredentialKey() {
    }

    public static SecretKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("OHMVISION_CREDENTIALS_KEY is not Base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("OHMVISION_CREDENTIALS_KEY must decode to 32 bytes, not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /**
     * A key for another purpose derived from the credential key by HKDF-SHA256 (RFC 5869, no salt): each purpose
     * (its {@code info} label) gets a key of its own, and the AES key itself never signs anything.
     *
     * @return 32 bytes for HMAC-SHA256
     */
    public static SecretKey derive(SecretKey credentialKey, String info) {
        byte[] okm = hkdfSha256(credentialKey.getEncoded(), new byte[0], info.getBytes(StandardCharsets.UTF_8), 32);
        return new SecretKeySpec(okm, HMAC);
    }

    static byte[] hkdfSha256(byte[] inputKey, byte[] salt, byte[] info, int length) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            // extract: without a salt, a string of zeros as long as the hash
            mac.init(new SecretKeySpec(salt.length == 0 ? new byte[mac.getMacLength()] : salt, HMAC));
            byte[] pseudoRandomKey = mac.doFinal(inputKey);
            // expand: T(i) = HMAC(PRK, T(i-1) | info | i)
            mac.init(new SecretKeySpec(pseudoRandomKey, HMAC));
            byte[] output = new byte[length];
            byte[] block = new byte[0];
            for (int i = 1, filled = 0; filled < length; i++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) i);
                block = mac.doFinal();
                int take = Math.min(block.length, length - filled);
                System.arraycopy(block, 0, output, filled, take);
                filled += take;
            }
            return output;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    /** Reads the key file, creating it (mode 600) when it does not exist yet. */
    public static SecretKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return fromBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the credential key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
        } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
            // keep the existing key: the other writer's key is the one in use
        }
    }
}
