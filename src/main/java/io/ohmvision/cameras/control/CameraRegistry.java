package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.CameraCapabilities;
import io.ohmvision.cameras.entity.CameraConfiguration;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.QueryCredentials;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.TlsTrust;
import io.ohmvision.channels.onvif.DeviceCapabilities;
import io.ohmvision.platform.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The camera registry. Every change is checked completely before anything is written, so a rejected settings leaves
 * the stored camera as it was; credentials found in URLs are moved into the encrypted fields.
 */
@Stateless
public class CameraRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    CameraListing listing;

    @Inject
    CredentialVault vault;

    @Inject
    Event<CameraChanged> changes;

    @Inject
    CameraChannels channels;

    @Inject
    Clock clock;

    /** @return the new camera's id (its stored state is {@link CameraListing}'s to give) */
    public long create(CameraSettings settings, boolean mayManageCredentials) {
        Camera camera = new Camera(settings.name);
        apply(settings, camera, mayManageCredentials);
        em.persist(camera);
        em.flush();
        camera.nameReceiver();
        changes.fire(new CameraChanged(camera.getId(), true));
        return camera.getId();
    }

    public void update(long id, CameraSettings settings, boolean mayManageCredentials) {
        if (settings.version == null) {
            throw ProblemException.badRequest("version is required on update: send the version you read");
        }
        Camera camera = listing.find(id);
        if (camera.getVersion() != settings.version) {
            throw ProblemException.conflict("Camera " + id + " is at version " + camera.getVersion()
                    + ", not " + settings.version + ": it was changed meanwhile; reload it and apply your change");
        }
        boolean credentialsChanged = apply(settings, camera, mayManageCredentials);
        em.flush();
        changes.fire(new CameraChanged(id, credentialsChanged));
    }

    /**
     * The ONVIF device service found on the camera's device and what it said it can do, read now. Whether the stored
     * password goes there is {@link CredentialOrigins}'s rule, not the caller's word.
     *
     * @param deviceServiceUrl without credentials
     * @return the capabilities as stored
     */
    public CameraCapabilities recordOnvifDevice(long id, String deviceServiceUrl, DeviceCapabilities read) {
        Camera camera = listing.find(id);
        camera.recordOnvifDevice(deviceServiceUrl, CameraCapabilities.of(read, OffsetDateTime.now(clock)));
        changes.fire(new CameraChanged(id, false));
        return camera.getCapabilities();
    }

    /** Trust on first use: from now on only this certificate is accepted. */
    public void pinCertificate(long id, String sha256) {
        Camera camera = em.find(Camera.class, id);
        if (camera != null && TlsSettings.trustOf(camera.getConnectionConfig()).mode() != TlsTrust.Mode.PINNED) {
            camera.setConnectionConfig(TlsSettings.pin(camera.getConnectionConfig(), sha256));
            changes.fire(new CameraChanged(id, false));
        }
    }

    public void delete(long id) {
        em.remove(listing.find(id));
        changes.fire(new CameraChanged(id, false));
    }

    /**
     * Validates everything first, then writes: nothing is changed when any part is refused.
     *
     * @return whether the credentials changed
     */
    boolean apply(CameraSettings settings, Camera camera, boolean mayManageCredentials) {
        if (settings.name == null || settings.name.isBlank()) {
            throw ProblemException.badRequest("name must not be blank");
        }
        if (settings.name.trim().length() > Camera.NAME_MAX) {
            throw ProblemException.badRequest("name must be at most " + Camera.NAME_MAX + " characters");
        }
        StreamUrl primary = parseUrl("primaryStreamUrl", settings.primaryStreamUrl);
        StreamUrl secondary = parseUrl("secondaryStreamUrl", settings.secondaryStreamUrl);
        StreamUrl snapshot = parseUrl("snapshotUrl", settings.snapshotUrl);
        ConnectionType type = connectionType(settings, primary);
        requireScheme(type, "primaryStreamUrl", primary, type.streamSchemes());
        requireScheme(type, "secondaryStreamUrl", secondary, type.streamSchemes());
        requireScheme(type, "snapshotUrl", snapshot, type.snapshotSchemes());
        String connectionConfig = settings.connectionConfig == null ? null : settings.connectionConfig.toString();
        try {
            TlsSettings.trustOf(connectionConfig);
            ProbeSettings.of(connectionConfig);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        Credentials credentials = Credentials.resolve(settings, camera, vault, primary, secondary, snapshot);
        // new cloud settings are new credentials too: a cloud camera waiting for them is checked again at once
        boolean credentialsChange = credentials.changes() || settings.cloudConfig != null;
        if (credentials.changes() && !mayManageCredentials) {
            throw ProblemException.forbidden("Only admins may set or change camera credentials");
        }
        if (settings.cloudConfig != null && !mayManageCredentials) {
            throw ProblemException.forbidden("Only admins may set cloud credentials");
        }
        if (settings.ipAddress == null && primary == null && needsNetworkAddress(type)) {
            throw ProblemException.badRequest("ipAddress or primaryStreamUrl is required for a "
                    + type.wireName() + " camera");
        }
        CredentialOrigins.of(camera).checkChange(List.of(new CredentialOrigins.FieldUrl("primaryStreamUrl", primary),
                        new CredentialOrigins.FieldUrl("secondaryStreamUrl", secondary),
                        new CredentialOrigins.FieldUrl("snapshotUrl", snapshot)),
                camera.hasPassword() && !credentials.passwordGiven(), mayManageCredentials,
                Boolean.TRUE.equals(settings.moveCredentials));

        camera.configure(new CameraConfiguration(settings.name, settings.ipAddress != null ? settings.ipAddress
                : primary == null ? null : primary.host(), settings.port != null ? settings.port
                : primary == null || primary.port() < 0 ? null : primary.port(), settings.manufacturer,
                settings.model, settings.firmwareVersion, settings.serialNumber, settings.macAddress, type,
                withoutCredentials(primary), withoutCredentials(secondary), withoutCredentials(snapshot),
                connectionConfig, settings.enabled == null || settings.enabled));
        if (settings.cloudConfig != null) {
            camera.setEncryptedCloudConfig(vault.seal(settings.cloudConfig.toString()));
        }
        credentials.applyTo(camera, vault);
        return credentialsChange;
    }

    private static boolean needsNetworkAddress(ConnectionType type) {
        return type != ConnectionType.USB && type != ConnectionType.FILE && type != ConnectionType.CLOUD_API
                && type != ConnectionType.WEBHOOK;
    }

    private static ConnectionType connectionType(CameraSettings settings, StreamUrl primary) {
        if (settings.connectionType != null) {
            return ConnectionType.fromWireName(settings.connectionType).orElseThrow(() ->
                    ProblemException.badRequest("connectionType '" + settings.connectionType
                            + "' is not one of " + ConnectionType.allWireNames()));
        }
        if (primary != null) {
            return ConnectionType.forUrl(primary).orElse(ConnectionType.RTSP);
        }
        return ConnectionType.RTSP;
    }

    private static StreamUrl parseUrl(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // credentials in the query (Foscam, Reolink) are taken out as those in user info are
        return StreamUrl.parse(value).map(QueryCredentials::lift).orElseThrow(() -> ProblemException.badRequest(
                field + " '" + StreamUrl.mask(value) + "' is not a URL (expected scheme://host[:port]/path)"));
    }

    private static String withoutCredentials(StreamUrl url) {
        return url == null ? null : url.withoutCredentials().toConnectString();
    }

    /**
     * Whether giving these credentials to a stored camera would change them: a user name or password equal to the
     * stored one is given again, not changed. Lets a caller refuse a change before doing any work for it.
     */
    public boolean changesCredentials(long id, String username, String password) {
        CameraSettings given = new CameraSettings();
        given.username = username;
        given.password = password;
        return Credentials.resolve(given, listing.find(id), vault).changes();
    }

    /**
     * Every URL's scheme is one its connection type takes (ConnectionType's table) and one a registered channel
     * serves for that type: a pair nothing would check is refused here, not probed and retried as UNSUPPORTED.
     */
    private void requireScheme(ConnectionType type, String field, StreamUrl url, List<String> accepted) {
        if (url != null && !accepted.contains(url.scheme())) {
            throw ProblemException.badRequest(field + ": " + type.wireName() + " cameras take "
                    + (accepted.isEmpty() ? "no " + field : String.join(", ", accepted) + " URLs") + ", not "
                    + url.scheme() + "://; change the URL or connectionType");
        }
        if (url != null && !channels.registry().serves(type, url)) {
            throw ProblemException.badRequest(field + ": no channel of this version serves " + type.wireName()
                    + " cameras over " + url.scheme() + "://; change the URL or connectionType");
        }
    }

    /**
     * The credentials a settings ends up with: explicit fields first, else those found inside its URLs.
     *
     * @param passwordChanges a password is given that differs from the stored one (or clears it)
     */
    record Credentials(String username, String password, boolean usernameGiven, boolean passwordGiven,
                       boolean usernameChanges, boolean passwordChanges) {

        static Credentials resolve(CameraSettings settings, Camera current, CredentialVault vault, StreamUrl... urls) {
            StreamUrl withCredentials = java.util.Arrays.stream(urls).filter(Objects::nonNull)
                    .filter(StreamUrl::hasCredentials).findFirst().orElse(null);
            String user = settings.username;
            String pass = settings.password;
            if (withCredentials != null) {
                user = user != null ? user : withCredentials.username();
                pass = pass != null ? pass : withCredentials.password();
            }
            boolean userChanges = user != null && !Objects.equals(emptyToNull(user), current.getUsername());
            boolean passChanges = pass != null && (current.hasPassword()
                    ? pass.isEmpty() || !StoredSecret.matches(pass, vault.open(current.getEncryptedPassword()))
                    : !pass.isEmpty());
            return new Credentials(user, pass, user != null, pass != null, userChanges, passChanges);
        }

        boolean changes() {
            return usernameChanges || passwordChanges;
        }

        void applyTo(Camera camera, CredentialVault vault) {
            if (usernameGiven) {
                camera.setUsername(emptyToNull(username));
            }
            if (passwordChanges) {
                camera.setEncryptedPassword(emptyToNull(vault.seal(password)));
            }
        }

        private static String emptyToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }

        /** A record would print every component: never the password. */
        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password " + (passwordGiven ? "given" : "not given") + "]";
        }
    }
}
