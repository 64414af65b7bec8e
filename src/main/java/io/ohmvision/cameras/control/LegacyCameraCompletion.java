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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Completes cameras stored by older versions with only rtsp_url (and possibly credentials inside it or a plain
 * password) at every start: type, address, port, primary stream and manufacturer come from the URL, and every
 * secret moves into the encrypted password field. Idempotent, so a start after a crash simply finishes the job, and
 * rows the previous version (v3) inserts into an adopted database meanwhile are completed at the next start.
 * <p>
 * rtsp_url keeps its credentials as v3 wrote them, since v3 may still run on the same database and connect with
 * that URL; once the operator says v3 is retired ({@code ohmvision.legacy.v3-retired}), they are removed from it.
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

    @Inject
    @ConfigProperty(name = "ohmvision.legacy.v3-retired", defaultValue = "false")
    boolean v3Retired;

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

    /** @return whether the camera changed */
    boolean complete(Camera camera) {
        boolean changed = encryptPlainPassword(camera);
        if (camera.needsLegacyCompletion()) {
            changed |= completeFromLegacyUrl(camera);
        }
        if (v3Retired) {
            changed |= camera.forgetLegacyUrlCredentials();
        }
        return changed;
    }

    private boolean completeFromLegacyUrl(Camera camera) {
        StreamUrl legacy = StreamUrl.parse(camera.getRtspUrl()).orElse(null);
        if (legacy == null) {
            // not even masked: text that is no URL cannot be told apart from a password typed into it
            LOG.warning("Camera " + camera.getId() + " has a legacy rtsp_url that is not a URL; left as it is");
            return false;
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
