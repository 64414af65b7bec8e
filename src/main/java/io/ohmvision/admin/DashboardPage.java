package io.ohmvision.admin;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.health.control.Fleet;
import io.ohmvision.health.control.HealthQueries;
import io.ohmvision.health.entity.Causes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: counts per level, fleet uptime, cameras offline now, recent outages. Read once per request; the
 * page re-renders its panels when the push channel reports a change.
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final Duration RECENT = Duration.ofDays(7);
    private static final int RECENT_OUTAGES = 20;

    @Inject
    HealthQueries queries;

    private Fleet fleet;

    /** A camera offline now. */
    public record OfflineCamera(long id, String name, String causeText, String reason, Instant since) {
    }

    /** An outage of the last days. */
    public record RecentOutage(long cameraId, String cameraName, Instant start, Instant end, long durationSeconds,
            String causeText, boolean ongoing) {
    }

    @PostConstruct
    void load() {
        fleet = queries.fleet();
    }

    public List<Map.Entry<HealthLevel, Long>> getCounts() {
        return List.copyOf(fleet.countsByLevel().entrySet());
    }

    public int getCameras() {
        return fleet.cameras().size();
    }

    public Double getUptime24h() {
        return fleet.uptime(Duration.ofHours(24));
    }

    public Double getUptime30d() {
        return fleet.uptime(Fleet.HISTORY);
    }

    public List<OfflineCamera> getOffline() {
        return fleet.offline().stream().map(s -> new OfflineCamera(s.camera().getId(), s.camera().getName(),
                Causes.describe(s.state().cause()), StreamUrl.mask(s.state().reason()), s.state().levelSince()))
                .toList();
    }

    public List<RecentOutage> getOutages() {
        return fleet.outages(RECENT, RECENT_OUTAGES).stream().map(o -> new RecentOutage(o.cameraId(), o.cameraName(),
                o.outage().start(), o.outage().end(), o.outage().durationSeconds(), Causes.describe(o.outage().cause()),
                o.outage().ongoing())).toList();
    }
}
