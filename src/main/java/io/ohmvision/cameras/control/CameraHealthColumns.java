package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The one road by which health writes a camera: the camera's copy of its health (level, last check, latency, 30-day
 * uptime, failures, last error), which the camera table sorts and filters by. Runs in the caller's transaction.
 */
@ApplicationScoped
public class CameraHealthColumns {

    /**
     * The camera's health columns after one check; {@code lastError} already masked; a null uptime keeps the stored
     * one.
     */
    public record Values(String level, Instant checkedAt, Long latencyMillis, Double uptimePercentage,
            int consecutiveFailures, String lastError) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Locks the cameras' rows, in id order, before the caller writes any health row: deleting a camera locks that
     * row first and cascades into the health tables from there, so a check that wrote camera_health first
     * deadlocked with a delete.
     *
     * @param cameraIds not empty
     * @return each camera's name by id; a camera deleted meanwhile is missing
     */
    public Map<Long, String> lock(Collection<Long> cameraIds) {
        Map<Long, String> names = new HashMap<>();
        em.createNamedQuery(Camera.LOCK_FOR_HEALTH, Object[].class).setParameter("ids", cameraIds).getResultList()
                .forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return names;
    }

    public void record(long cameraId, Values values) {
        em.createNamedQuery(Camera.RECORD_HEALTH).setParameter(1, values.level())
                .setParameter(2, values.checkedAt().atOffset(ZoneOffset.UTC))
                .setParameter(3, values.latencyMillis()).setParameter(4, values.uptimePercentage())
                .setParameter(5, values.consecutiveFailures()).setParameter(6, values.lastError())
                .setParameter(7, cameraId).executeUpdate();
    }
}
