package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.TlsTrust;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Turns a stored camera into what a probe needs: one of its URLs, its credentials opened only now, its TLS trust;
 * and records the certificate a trust-on-first-use camera showed, so it is pinned from then on. The one place a
 * stored password is opened for a connection: it goes only to a URL at an origin it was given for
 * ({@link CredentialOrigins}); any other URL gets no credentials at all.
 */
@ApplicationScoped
public class CameraTargets {

    private static final Logger LOG = Logger.getLogger(CameraTargets.class.getName());

    @Inject
    CredentialVault vault;

    @Inject
    CameraRegistry registry;

    public ProbeTarget target(Camera camera, String url, Duration timeout) {
        return target(CameraAccess.of(camera), url, timeout);
    }

    public ProbeTarget target(CameraAccess camera, String url, Duration timeout) {
        boolean bound = camera.origins().covers(url);
        if (!bound && camera.hasCredentials()) {
            LOG.warning("Camera " + camera.cameraId() + ": its stored credentials are not sent to "
                    + StreamUrl.mask(url) + ", an address they were not given for (" + camera.origins() + ")");
        }
        return new ProbeTarget(url, bound ? camera.username() : null,
                bound ? vault.open(camera.sealedPassword()) : null, timeout)
                .withTlsTrust(TlsSettings.trustOf(camera.connectionConfig()));
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
