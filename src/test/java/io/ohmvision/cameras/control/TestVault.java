package io.ohmvision.cameras.control;

import java.util.Base64;
import java.util.Optional;

/** A credential vault with a fixed key, for tests of what is done with sealed passwords. */
final class TestVault {

    private TestVault() {
    }

    static CredentialVault create() {
        CredentialVault vault = new CredentialVault();
        vault.configuredKey = Optional.of(Base64.getEncoder().encodeToString(new byte[32]));
        vault.init();
        return vault;
    }
}
