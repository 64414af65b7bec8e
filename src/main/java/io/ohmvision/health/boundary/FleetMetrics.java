package io.ohmvision.health.boundary;

import io.ohmvision.cameras.entity.HealthLevel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges of the fleet for Prometheus (/metrics): enabled cameras per health level. A timer counts them from the
 * database every 15 seconds, as often as Prometheus commonly scrapes (the count reads every camera row: every 5
 * seconds it was a tenth of a node's CPU at 60,000 cameras, JFR in bench/health-cycle/import.sh); a scrape only reads
 * the last count (it runs on a thread outside the application, and must stay cheap however often it comes).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FleetMetrics {

    static final String CAMERAS = "ohmvision_cameras";

    @PersistenceContext
    EntityManager em;

    @Inject
    MetricRegistry metrics;

    private volatile Map<HealthLevel, Long> counts = new EnumMap<>(HealthLevel.class);

    @PostConstruct
    void register() {
        for (HealthLevel level : HealthLevel.values()) {
            metrics.gauge(CAMERAS, () -> counts.getOrDefault(level, 0L), new Tag("level", level.wireName()));
        }
        count();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void count() {
        Map<HealthLevel, Long> fresh = new EnumMap<>(HealthLevel.class);
        em.createQuery("select c.connectionHealth, count(c) from Camera c where c.enabled = true "
                + "group by c.connectionHealth", Object[].class).getResultStream()
                .forEach(row -> HealthLevel.fromWireName((String) row[0])
                        .ifPresent(level -> fresh.merge(level, (Long) row[1], Long::sum)));
        counts = fresh;
    }
}
