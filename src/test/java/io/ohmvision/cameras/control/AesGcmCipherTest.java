package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmCipherTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsAnyPasswordAndNeverRepeatsCiphertext() {
        AesGcmCipher cipher = new AesGcmCipher(CredentialKey.loadOrCreate(dir.resolve("k")));
        String secret = "p@ss:w/rd#%? &é€";
        String first = cipher.encrypt(secret);
        String second = cipher.encrypt(secret);
        assertThat(first).startsWith("v1:").doesNotContain(secret).isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo(secret);
        assertThat(AesGcmCipher.looksEncrypted(first)).isTrue();
        assertThat(AesGcmCipher.looksEncrypted(secret)).isFalse();
    }

    @Test
    void refusesATamperedValueOrAnotherKey() {
        AesGcmCipher cipher = new AesGcmCipher(CredentialKey.loadOrCreate(dir.resolve("a")));
        String sealed = cipher.encrypt("secret");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).hasMessageContaining("tampered");
        AesGcmCipher other = new AesGcmCipher(CredentialKey.loadOrCreate(dir.resolve("b")));
        assertThatThrownBy(() -> other.decrypt(sealed)).hasMessageContaining("wrong credential key");
        assertThatThrownBy(() -> cipher.decrypt("plain")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGeneratedKeyFileIsOwnerOnlyAndStable() throws Exception {
        Path file = dir.resolve("credentials.key");
        SecretKey first = CredentialKey.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(CredentialKey.loadOrCreate(file).getEncoded()).isEqualTo(first.getEncoded());
    }

    @Test
    void aConfiguredKeyMustBe32BytesOfBase64() {
        assertThatThrownBy(() -> CredentialKey.fromBase64("not base64!")).hasMessageContaining("Base64");
        assertThatThrownBy(() -> CredentialKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThat(CredentialKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32])).getAlgorithm())
                .isEqualTo("AES");
    }
}
