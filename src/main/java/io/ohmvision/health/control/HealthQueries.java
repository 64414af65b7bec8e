package io.ohmvision.health.control;

import io.ohmvision.cameras.control.CameraDetails;
import io.ohmvision.cameras.control.CameraListing;
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

    @Inject
    CameraListing listing;

    /** Every camera by name with its state: two queries (cameras, health rows) however large the fleet. */
    public List<CameraState> all() {
        return join(listing.allDetails(), everyHealthRow());
    }

    /**
     * The cameras at one level, by name: the cameras feature selects them (the camera's own copy of its level); their
     * health rows are read whole rather than by an id list, which could outgrow a statement's parameters.
     */
    public List<CameraState> withLevel(HealthLevel level) {
        return join(listing.detailsAtLevel(level), everyHealthRow());
    }

    /** The states of the given cameras, in their order: one query however many cameras (a page of a table). */
    public List<CameraState> states(List<CameraDetails> cameras) {
        if (cameras.isEmpty()) {
            return List.of();
        }
        return join(cameras, em.createQuery("select h from CameraHealth h where h.cameraId in :ids",
                CameraHealth.class).setParameter("ids", cameras.stream().map(CameraDetails::getId).toList()));
    }

    private TypedQuery<CameraHealth> everyHealthRow() {
        return em.createQuery("select h from CameraHealth h", CameraHealth.class);
    }

    /** Each camera with its health row from the query (which may hold more), or unknown when it has none. */
    private static List<CameraState> join(List<CameraDetails> cameras, TypedQuery<CameraHealth> health) {
        Map<Long, CameraHealth> byCamera = health.getResultStream()
                .collect(Collectors.toMap(CameraHealth::cameraId, h -> h));
        return cameras.stream().map(c -> stateOf(c, byCamera.get(c.getId()))).toList();
    }

    public java.util.Optional<CameraState> one(long cameraId) {
        return listing.lookUp(cameraId).map(c -> stateOf(c, em.find(CameraHealth.class, cameraId)));
    }

    private static CameraState stateOf(CameraDetails camera, CameraHealth health) {
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
