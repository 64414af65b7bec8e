package io.ohmvision.cameras.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that encrypts camera secrets: from configuration (Base64 of 32 bytes), or generated once into a file
 * readable by the owner only. Instances that share a database must share the key, so a cluster configures it.
 */
public final class CredentialKey {

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
