package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.platform.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading the camera registry: one camera, and pages of the filtered, sorted list (writing is CameraRegistry). */
@Stateless
public class CameraListing {

    @PersistenceContext
    EntityManager em;

    public Camera find(long id) {
        Camera camera = em.find(Camera.class, id);
        if (camera == null) {
            throw ProblemException.notFound("No camera with id " + id);
        }
        return camera;
    }

    /** A camera as the console and health show it; 404 when there is none. */
    public CameraDetails details(long id) {
        return CameraDetails.of(find(id));
    }

    /** A camera as the console and health show it; empty when there is none. */
    public Optional<CameraDetails> lookUp(long id) {
        return Optional.ofNullable(em.find(Camera.class, id)).map(CameraDetails::of);
    }

    /** Every camera by name (then id), in one query: health's fleet view. */
    public List<CameraDetails> allDetails() {
        return em.createQuery("select c from Camera c order by c.name, c.id", Camera.class).getResultStream()
                .map(CameraDetails::of).toList();
    }

    /** The cameras whose own copy of their health level is this one, by name (then id): the database selects them. */
    public List<CameraDetails> detailsAtLevel(HealthLevel level) {
        return em.createQuery("select c from Camera c where c.connectionHealth = :level order by c.name, c.id",
                Camera.class).setParameter("level", level.wireName()).getResultStream().map(CameraDetails::of)
                .toList();
    }

    /** {@link #list} as views, for readers outside the cameras feature (the console's table). */
    public List<CameraDetails> details(CameraFilter filter, CameraSort sort, int first, int max) {
        return list(filter, sort, first, max).stream().map(CameraDetails::of).toList();
    }

    /** A camera as other features read it; empty when there is none. */
    public Optional<CameraSummary> summary(long id) {
        return Optional.ofNullable(em.find(Camera.class, id)).map(CameraSummary::of);
    }

    /**
     * The cloud settings a camera was given, still sealed (CredentialVault opens them); empty when there is no such
     * camera.
     */
    public Optional<SealedCloudConfig> cloudConfigOf(long id) {
        return Optional.ofNullable(em.find(Camera.class, id))
                .map(camera -> new SealedCloudConfig(camera.getEncryptedCloudConfig()));
    }

    /** @param sealed null when the camera was given none */
    public record SealedCloudConfig(String sealed) {
    }

    /**
     * The cameras (not a recorder's channels) that have this MAC, serial number or address: how site onboarding
     * recognises a device already registered. Null values are left out of the search, so no camera is matched by a
     * value it lacks too.
     */
    public List<CameraIdentity> identifiedBy(String macAddress, String serialNumber, String ipAddress) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Camera> query = cb.createQuery(Camera.class);
        Root<Camera> camera = query.from(Camera.class);
        List<Predicate> any = new ArrayList<>();
        if (macAddress != null && !macAddress.isBlank()) {
            any.add(cb.equal(camera.get("macAddress"), Camera.normalizeMac(macAddress)));
        }
        if (serialNumber != null && !serialNumber.isBlank()) {
            any.add(cb.equal(camera.get("serialNumber"), serialNumber));
        }
        if (ipAddress != null && !ipAddress.isBlank()) {
            any.add(cb.equal(camera.get("ipAddress"), ipAddress));
        }
        if (any.isEmpty()) {
            return List.of();
        }
        return em.createQuery(query.where(cb.isNull(camera.get("recorderId")), cb.or(any.toArray(Predicate[]::new)))
                .orderBy(cb.asc(camera.get("id")))).getResultStream().map(CameraIdentity::of).toList();
    }

    /** The stored camera as settings that change nothing when applied: for a caller that changes a few fields. */
    public CameraSettings settingsOf(long id) {
        return CameraSettings.of(find(id));
    }

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
}
