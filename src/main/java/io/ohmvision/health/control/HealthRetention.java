package io.ohmvision.health.control;

import io.ohmvision.health.entity.AvailabilityInterval;
import io.ohmvision.health.entity.LatencyRollup;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/** Prunes health history older than ohmvision.health.retention (default 30 days), once an hour. */
@Stateless
public class HealthRetention {

    private static final Logger LOG = Logger.getLogger(HealthRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HealthSettings settings;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void prune() {
        var before = clock.instant().minus(settings.retention()).atOffset(ZoneOffset.UTC);
        int intervals = em.createNamedQuery(AvailabilityInterval.PRUNE).setParameter("before", before).executeUpdate();
        int rollups = em.createNamedQuery(LatencyRollup.PRUNE).setParameter("before", before).executeUpdate();
        if (intervals + rollups > 0) {
            LOG.info("Pruned " + intervals + " availability intervals and " + rollups + " latency rollups older than "
                    + settings.retention());
        }
    }
}
