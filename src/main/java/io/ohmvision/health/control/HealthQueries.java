package io.ohmvision.health.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.health.entity.AvailabilityInterval;
import io.ohmvision.health.entity.CameraHealth;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.LatencyRollup;
import io.ohmvision.health.entity.Uptime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads for the health API: states with camera names, fleet counts, intervals and rollups. */
@Stateless
public class HealthQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<CameraState> all() {
        return join(em.createQuery("select c from Camera c order by c.name, c.id", Camera.class),
                em.createQuery("select h from CameraHealth h", CameraHealth.class));
    }

    /** The cameras at one level, by name: the database selects them (the camera's own copy of its level). */
    public List<CameraState> withLevel(HealthLevel level) {
        return join(em.createQuery("select c from Camera c where c.connectionHealth = :level order by c.name, c.id",
                        Camera.class).setParameter("level", level.wireName()),
                em.createQuery("select h from CameraHealth h where h.cameraId in "
                        + "(select c.id from Camera c where c.connectionHealth = :level)", CameraHealth.class)
                        .setParameter("level", level.wireName()));
    }

    /** The states of the given cameras, in their order: one query however many cameras (a page of a table). */
    public List<CameraState> states(List<Camera> cameras) {
        if (cameras.isEmpty()) {
            return List.of();
        }
        return join(cameras, em.createQuery("select h from CameraHealth h where h.cameraId in :ids",
                CameraHealth.class).setParameter("ids", cameras.stream().map(Camera::getId).toList()));
    }

    private static List<CameraState> join(TypedQuery<Camera> cameras, TypedQuery<CameraHealth> health) {
        return join(cameras.getResultList(), health);
    }

    /** Each camera with its health row from the query (which may hold more), or unknown when it has none. */
    private static List<CameraState> join(List<Camera> cameras, TypedQuery<CameraHealth> health) {
        Map<Long, CameraHealth> byCamera = health.getResultStream()
                .collect(Collectors.toMap(CameraHealth::cameraId, h -> h));
        return cameras.stream().map(c -> stateOf(c, byCamera.get(c.getId()))).toList();
    }

    public java.util.Optional<CameraState> one(long cameraId) {
        Camera camera = em.find(Camera.class, cameraId);
        return java.util.Optional.ofNullable(camera)
                .map(c -> stateOf(c, em.find(CameraHealth.class, cameraId)));
    }

    private static CameraState stateOf(Camera camera, CameraHealth health) {
        return new CameraState(camera, health == null ? HealthSnapshot.unknown() : health.snapshot(),
                health == null ? null : health.checkedBy());
    }

    /** The stored state of every camera that was ever checked, by camera. */
    public Map<Long, HealthSnapshot> snapshots() {
        return em.createQuery("select h from CameraHealth h", CameraHealth.class).getResultStream()
                .collect(Collectors.toMap(CameraHealth::cameraId, CameraHealth::snapshot));
    }

    /** Every camera's state with the fleet's last 30 days of availability. */
    public Fleet fleet() {
        Instant now = now();
        return new Fleet(all(), fleetIntervals(now.minus(Fleet.HISTORY), now), now);
    }

    public List<Uptime.Interval> intervals(long cameraId, Instant from, Instant to) {
        return em.createNamedQuery(AvailabilityInterval.TOUCHING, AvailabilityInterval.class)
                .setParameter("camera", cameraId).setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to.atOffset(ZoneOffset.UTC)).getResultStream()
                .map(AvailabilityInterval::toInterval).toList();
    }

    /** Every camera's intervals touching the window, by camera. */
    public Map<Long, List<Uptime.Interval>> fleetIntervals(Instant from, Instant to) {
        Map<Long, List<Uptime.Interval>> byCamera = new HashMap<>();
        em.createNamedQuery(AvailabilityInterval.ALL_TOUCHING, AvailabilityInterval.class)
                .setParameter("from", from.atOffset(ZoneOffset.UTC)).setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getResultStream().forEach(i -> byCamera.computeIfAbsent(i.cameraId(), k -> new java.util.ArrayList<>())
                        .add(i.toInterval()));
        return byCamera;
    }

    public List<LatencyRollup> latency(long cameraId, Instant from) {
        return em.createNamedQuery(LatencyRollup.SINCE, LatencyRollup.class).setParameter("camera", cameraId)
                .setParameter("from", LatencyRollup.hourOf(from)).getResultList();
    }

    public Instant now() {
        return clock.instant();
    }
}
