package io.ohmvision.cameras.control;

import io.ohmvision.platform.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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

    private AesGcmCipher cipher;

    @PostConstruct
    void init() {
        cipher = new AesGcmCipher(configuredKey.map(CredentialKey::fromBase64)
                .orElseGet(() -> CredentialKey.loadOrCreate(dataDirectory.path().resolve(KEY_FILE))));
    }

    /** Null and empty stay as they are: "no password" is not a secret. */
    public String seal(String plain) {
        return plain == null || plain.isEmpty() ? plain : cipher.encrypt(plain);
    }

    public String open(String sealed) {
        return sealed == null || sealed.isEmpty() ? sealed : cipher.decrypt(sealed);
    }
}
