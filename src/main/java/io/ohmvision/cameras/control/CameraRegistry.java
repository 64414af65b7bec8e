package io.ohmvision.cameras.control;

import io.ohmvision.cameras.boundary.CameraRequest;
import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.TlsTrust;
import io.ohmvision.channels.webhook.ReceiverUrl;
import io.ohmvision.platform.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The camera registry. Every change is checked completely before anything is written, so a rejected request leaves
 * the stored camera as it was; credentials found in URLs are moved into the encrypted fields.
 */
@Stateless
public class CameraRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    CredentialVault vault;

    @Inject
    Event<CameraChanged> changes;

    @Inject
    CameraChannels channels;

    /**
     * Rows {@code first} to {@code first + max} of the filtered list in the given order; cameras with no value in the
     * sorted column (never checked, no address...) come after the others, in both directions.
     */
    public List<Camera> list(CameraFilter filter, CameraSort sort, int first, int max) {
        if (sort.column() == CameraColumn.NAME) { // every camera has a name
            return page(filter, sort, null, false, first, max);
        }
        PageSplit split = PageSplit.of(first, max, count(filter, sort.column()));
        List<Camera> cameras = new ArrayList<>();
        if (split.knownMax() > 0) {
            cameras.addAll(page(filter, sort, sort.column(), true, split.knownFirst(), split.knownMax()));
        }
        if (split.unknownMax() > 0) {
            cameras.addAll(page(filter, CameraSort.BY_NAME, sort.column(), false, split.unknownFirst(),
                    split.unknownMax()));
        }
        return cameras;
    }

    /** @param valueIn when not null, only the cameras that have ({@code known}) or lack a value in this column */
    private List<Camera> page(CameraFilter filter, CameraSort sort, CameraColumn valueIn, boolean known, int first,
            int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Camera> query = cb.createQuery(Camera.class);
        Root<Camera> camera = query.from(Camera.class);
        query.where(where(cb, camera, filter, valueIn, known)).orderBy(CameraCriteria.orderBy(cb, camera, sort));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(CameraFilter filter) {
        return count(filter, null);
    }

    /** @param withValueIn when not null, only the cameras that have a value in this column */
    private long count(CameraFilter filter, CameraColumn withValueIn) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Camera> camera = query.from(Camera.class);
        return em.createQuery(query.select(cb.count(camera)).where(where(cb, camera, filter, withValueIn, true)))
                .getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<Camera> camera, CameraFilter filter,
            CameraColumn valueIn, boolean known) {
        List<Predicate> where = CameraCriteria.where(cb, camera, filter);
        if (valueIn != null) {
            where.add(CameraCriteria.known(cb, camera, valueIn, known));
        }
        return where.toArray(Predicate[]::new);
    }

    public Camera find(long id) {
        Camera camera = em.find(Camera.class, id);
        if (camera == null) {
            throw ProblemException.notFound("No camera with id " + id);
        }
        return camera;
    }

    public Camera create(CameraRequest request, boolean mayManageCredentials) {
        Camera camera = new Camera(request.name);
        apply(request, camera, mayManageCredentials);
        em.persist(camera);
        em.flush();
        nameReceiver(camera);
        changes.fire(new CameraChanged(camera.getId(), true));
        return camera;
    }

    public Camera update(long id, CameraRequest request, boolean mayManageCredentials) {
        if (request.version == null) {
            throw ProblemException.badRequest("version is required on update: send the version you read");
        }
        Camera camera = find(id);
        if (camera.getVersion() != request.version) {
            throw ProblemException.conflict("Camera " + id + " is at version " + camera.getVersion()
                    + ", not " + request.version + ": it was changed meanwhile; reload it and apply your change");
        }
        boolean credentialsChanged = apply(request, camera, mayManageCredentials);
        em.flush();
        changes.fire(new CameraChanged(id, credentialsChanged));
        return camera;
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
        em.remove(find(id));
        changes.fire(new CameraChanged(id, false));
    }

    /**
     * Validates everything first, then writes: nothing is changed when any part is refused.
     *
     * @return whether the credentials changed
     */
    boolean apply(CameraRequest request, Camera camera, boolean mayManageCredentials) {
        StreamUrl primary = parseUrl("primaryStreamUrl", request.primaryStreamUrl);
        StreamUrl secondary = parseUrl("secondaryStreamUrl", request.secondaryStreamUrl);
        StreamUrl snapshot = parseUrl("snapshotUrl", request.snapshotUrl);
        ConnectionType type = connectionType(request, primary);
        requireScheme(type, "primaryStreamUrl", primary, type.streamSchemes());
        requireScheme(type, "secondaryStreamUrl", secondary, type.streamSchemes());
        requireScheme(type, "snapshotUrl", snapshot, type.snapshotSchemes());
        String connectionConfig = request.connectionConfig == null ? null : request.connectionConfig.toString();
        try {
            TlsSettings.trustOf(connectionConfig);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        Credentials credentials = Credentials.resolve(request, camera, vault, primary, secondary, snapshot);
        // new cloud settings are new credentials too: a cloud camera waiting for them is checked again at once
        boolean credentialsChange = credentials.changes() || request.cloudConfig != null;
        if (credentials.changes() && !mayManageCredentials) {
            throw ProblemException.forbidden("Only admins may set or change camera credentials");
        }
        if (request.cloudConfig != null && !mayManageCredentials) {
            throw ProblemException.forbidden("Only admins may set cloud credentials");
        }
        if (request.ipAddress == null && primary == null && needsNetworkAddress(type)) {
            throw ProblemException.badRequest("ipAddress or primaryStreamUrl is required for a "
                    + type.wireName() + " camera");
        }
        CredentialOrigins.of(camera).checkChange(List.of(new CredentialOrigins.FieldUrl("primaryStreamUrl", primary),
                        new CredentialOrigins.FieldUrl("secondaryStreamUrl", secondary),
                        new CredentialOrigins.FieldUrl("snapshotUrl", snapshot)),
                camera.hasPassword() && !credentials.passwordGiven(), mayManageCredentials,
                Boolean.TRUE.equals(request.moveCredentials));

        camera.setName(request.name.trim());
        camera.setIpAddress(request.ipAddress != null ? request.ipAddress : primary == null ? null : primary.host());
        camera.setPort(request.port != null ? request.port
                : primary == null || primary.port() < 0 ? null : primary.port());
        camera.setManufacturer(request.manufacturer);
        camera.setModel(request.model);
        camera.setFirmwareVersion(request.firmwareVersion);
        camera.setSerialNumber(request.serialNumber);
        camera.setMacAddress(normalizeMac(request.macAddress));
        camera.setConnectionType(type);
        camera.setPrimaryStreamUrl(withoutCredentials(primary));
        camera.setSecondaryStreamUrl(withoutCredentials(secondary));
        camera.setSnapshotUrl(withoutCredentials(snapshot));
        camera.setConnectionConfig(connectionConfig);
        if (request.cloudConfig != null) {
            camera.setEncryptedCloudConfig(vault.seal(request.cloudConfig.toString()));
        }
        camera.setEnabled(request.enabled == null || request.enabled);
        credentials.applyTo(camera, vault);
        nameReceiver(camera);
        return credentialsChange;
    }

    /** A webhook camera without a stream of its own is checked through its receiver (see ReceiverUrl). */
    private static void nameReceiver(Camera camera) {
        if (camera.getConnectionType() == ConnectionType.WEBHOOK && camera.getPrimaryStreamUrl() == null
                && camera.getId() != null) {
            camera.setPrimaryStreamUrl(ReceiverUrl.of(camera.getId()));
        }
    }

    private static boolean needsNetworkAddress(ConnectionType type) {
        return type != ConnectionType.USB && type != ConnectionType.FILE && type != ConnectionType.CLOUD_API
                && type != ConnectionType.WEBHOOK;
    }

    private static ConnectionType connectionType(CameraRequest request, StreamUrl primary) {
        if (request.connectionType != null) {
            return ConnectionType.fromWireName(request.connectionType).orElseThrow(() ->
                    ProblemException.badRequest("connectionType '" + request.connectionType
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
        return StreamUrl.parse(value).orElseThrow(() -> ProblemException.badRequest(field + " '"
                + StreamUrl.mask(value) + "' is not a URL (expected scheme://host[:port]/path)"));
    }

    private static String withoutCredentials(StreamUrl url) {
        return url == null ? null : url.withoutCredentials().toConnectString();
    }

    private static String normalizeMac(String mac) {
        if (mac == null) {
            return null;
        }
        String hex = mac.replaceAll("[:-]", "").toUpperCase(Locale.ROOT);
        return String.join(":", hex.split("(?<=\\G..)"));
    }

    /**
     * Whether giving these credentials to a stored camera would change them: a user name or password equal to the
     * stored one is given again, not changed. Lets a caller refuse a change before doing any work for it.
     */
    public boolean changesCredentials(long id, String username, String password) {
        CameraRequest given = new CameraRequest();
        given.username = username;
        given.password = password;
        return Credentials.resolve(given, find(id), vault).changes();
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
     * The credentials a request ends up with: explicit fields first, else those found inside its URLs.
     *
     * @param passwordChanges a password is given that differs from the stored one (or clears it)
     */
    record Credentials(String username, String password, boolean usernameGiven, boolean passwordGiven,
                       boolean usernameChanges, boolean passwordChanges) {

        static Credentials resolve(CameraRequest request, Camera current, CredentialVault vault, StreamUrl... urls) {
            StreamUrl withCredentials = java.util.Arrays.stream(urls).filter(Objects::nonNull)
                    .filter(StreamUrl::hasCredentials).findFirst().orElse(null);
            String user = request.username;
            String pass = request.password;
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
    }
}
