package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.catalog.control.PathTemplateMatcher;
import io.ohmvision.channels.StreamUrl;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Completes cameras stored by older versions with only rtsp_url (and possibly credentials inside it or a plain
 * password) at every start: type, address, port, primary stream and manufacturer come from the URL, and every
 * secret moves into the encrypted password field. Idempotent, so a start after a crash simply finishes the job.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class LegacyCameraCompletion {

    private static final Logger LOG = Logger.getLogger(LegacyCameraCompletion.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CredentialVault vault;

    @Inject
    PathTemplateMatcher manufacturers;

    @PostConstruct
    void completeLegacyRows() {
        List<Camera> candidates = em.createQuery(
                "select c from Camera c where c.rtspUrl is not null or c.encryptedPassword is not null", Camera.class)
                .getResultList();
        int completed = 0;
        for (Camera camera : candidates) {
            if (complete(camera)) {
                completed++;
            }
        }
        if (completed > 0) {
            LOG.info("Completed " + completed + " camera(s) stored by an older version");
        }
    }

    private boolean complete(Camera camera) {
        boolean changed = encryptPlainPassword(camera);
        if (!camera.needsLegacyCompletion()) {
            return changed;
        }
        StreamUrl legacy = StreamUrl.parse(camera.getRtspUrl()).orElse(null);
        if (legacy == null) {
            LOG.warning("Camera " + camera.getId() + " has a legacy rtsp_url that is not a URL ("
                    + StreamUrl.mask(camera.getRtspUrl()) + "); left as it is");
            return changed;
        }
        StreamUrl credentials = camera.completeFromLegacyUrl(legacy, manufacturers.guess(legacy.pathAndQuery()).manufacturerId());
        if (credentials != null) {
            if (camera.getUsername() == null) {
                camera.setUsername(credentials.username());
            }
            if (!camera.hasPassword() && credentials.password() != null) {
                camera.setEncryptedPassword(vault.seal(credentials.password()));
            }
        }
        return true;
    }

    /** Older versions kept the password column in clear text. */
    private boolean encryptPlainPassword(Camera camera) {
        String stored = camera.getEncryptedPassword();
        if (stored == null || stored.isEmpty() || AesGcmCipher.looksEncrypted(stored)) {
            return false;
        }
        camera.setEncryptedPassword(vault.seal(stored));
        return true;
    }
}
