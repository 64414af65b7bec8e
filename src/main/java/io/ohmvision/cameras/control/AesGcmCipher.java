package io.ohmvision.cameras.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for secrets at rest. Output is "v1:" + Base64(12-byte random IV + ciphertext + tag); the prefix leaves
 * room for a later key or algorithm change without guessing what an old value is.
 */
public final class AesGcmCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public AesGcmCipher(SecretKey key) {
        if (key.getEncoded().length != 32) {
            throw new IllegalArgumentException("The credential key must be 256 bits (32 bytes)");
        }
        this.key = key;
    }

    public String encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not an encrypted value of this version");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        if (all.length <= IV_BYTES) {
            throw new IllegalArgumentException("Encrypted value is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a stored secret: wrong credential key or tampered value");
        }
    }

    public static boolean looksEncrypted(String value) {
        return value != null && value.startsWith(PREFIX);
    }
}
