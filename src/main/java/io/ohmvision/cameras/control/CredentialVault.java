package io.ohmvision.cameras.control;

import io.ohmvision.platform.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Encrypts camera passwords and cloud secrets at rest, with the key from OHMVISION_CREDENTIALS_KEY or the data dir. */
@ApplicationScoped
public class CredentialVault {

    static final String KEY_FILE = "credentials.key";

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "ohmvision.credentials.key")
    Optional<String> configuredKey;

    private SecretKey key;
    private AesGcmCipher cipher;

    @PostConstruct
    void init() {
        key = configuredKey.map(CredentialKey::fromBase64)
                .orElseGet(() -> CredentialKey.loadOrCreate(dataDirectory.path().resolve(KEY_FILE)));
        cipher = new AesGcmCipher(key);
    }

    /**
     * A key for another purpose that instances sharing the credential key share too (HKDF, see
     * {@link CredentialKey#derive}); the credential key itself never leaves the vault.
     */
    public SecretKey derivedKey(String purpose) {
        return CredentialKey.derive(key, purpose);
    }

    /** Null and empty stay as they are: "no password" is not a secret. */
    public String seal(String plain) {
        return plain == null || plain.isEmpty() ? plain : cipher.encrypt(plain);
    }

    public String open(String sealed) {
        return sealed == null || sealed.isEmpty() ? sealed : cipher.decrypt(sealed);
    }
}
