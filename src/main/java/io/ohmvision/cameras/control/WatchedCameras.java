package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The cameras feature's read-only view for health's roster: which cameras to watch and how to reach them. */
@ApplicationScoped
public class WatchedCameras {

    @PersistenceContext
    EntityManager em;

    /** Every camera health checks on its own (enabled, with a primary stream). */
    public List<WatchedCamera> all() {
        return em.createQuery("select c from Camera c where c.enabled = true and c.primaryStreamUrl is not null",
                Camera.class).getResultStream().map(WatchedCamera::of).toList();
    }

    /** One camera as health sees it, watched or not; empty when there is no such camera. */
    public Optional<WatchedCamera> one(long cameraId) {
        return Optional.ofNullable(em.find(Camera.class, cameraId)).map(WatchedCamera::of);
    }
}
