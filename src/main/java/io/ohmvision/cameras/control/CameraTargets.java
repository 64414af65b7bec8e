package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.TlsTrust;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Turns a stored camera into what a probe needs: one of its URLs, its credentials opened only now, its TLS trust;
 * and records the certificate a trust-on-first-use camera showed, so it is pinned from then on.
 */
@ApplicationScoped
public class CameraTargets {

    @Inject
    CredentialVault vault;

    @Inject
    CameraRegistry registry;

    public ProbeTarget target(Camera camera, String url, Duration timeout) {
        return target(url, camera.getUsername(), camera.getEncryptedPassword(), camera.getConnectionConfig(),
                timeout);
    }

    /** @param sealedPassword the password as stored (encrypted) */
    public ProbeTarget target(String url, String username, String sealedPassword, String connectionConfig,
            Duration timeout) {
        return new ProbeTarget(url, username, vault.open(sealedPassword), timeout)
                .withTlsTrust(TlsSettings.trustOf(connectionConfig));
    }

    /** After a probe: pins the certificate a first-use camera presented when the connection worked. */
    public void recordFirstUse(long cameraId, ProbeTarget target, ProbeResult result) {
        String presented = result.fingerprint().certificateSha256();
        if (target.tlsTrust().mode() == TlsTrust.Mode.TRUST_ON_FIRST_USE && presented != null
                && result.outcome() == Outcome.OK) {
            registry.pinCertificate(cameraId, presented);
        }
    }
}
