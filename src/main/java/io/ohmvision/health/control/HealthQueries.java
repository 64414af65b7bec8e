package io.ohmvision.health.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.health.entity.AvailabilityInterval;
import io.ohmvision.health.entity.CameraHealth;
import io.ohmvision.health.entity.LatencyRollup;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    /** A camera and its health state (UNKNOWN when it has never been checked). */
    public record CameraState(Camera camera, HealthSnapshot state, String checkedBy) {
    }

    public List<CameraState> all() {
        Map<Long, CameraHealth> health = em.createQuery("select h from CameraHealth h", CameraHealth.class)
                .getResultStream().collect(Collectors.toMap(CameraHealth::cameraId, h -> h));
        return em.createQuery("select c from Camera c order by c.name, c.id", Camera.class).getResultStream()
                .map(c -> stateOf(c, health.get(c.getId()))).toList();
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
