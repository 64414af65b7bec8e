package io.ohmvision.health.control;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.health.entity.Uptime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every camera's state at one moment with its availability over the last 30 days: what the fleet views (API status,
 * console dashboard, camera table) are made of.
 */
public final class Fleet {

    public static final Duration HISTORY = Duration.ofDays(30);

    private final List<CameraState> cameras;
    private final Map<Long, List<Uptime.Interval>> history;
    private final Instant now;

    /** An outage of one camera, for a fleet-wide timeline. */
    public record CameraOutage(long cameraId, String cameraName, Uptime.Outage outage) {
    }

    /** A camera with its uptime over the history window (null when nothing is known). */
    public record CameraUptime(CameraState camera, Double uptime) {
    }

    Fleet(List<CameraState> cameras, Map<Long, List<Uptime.Interval>> history, Instant now) {
        this.cameras = cameras;
        this.history = history;
        this.now = now;
    }

    public Instant now() {
        return now;
    }

    public List<CameraState> cameras() {
        return cameras;
    }

    public long enabled() {
        return cameras.stream().filter(s -> s.camera().isEnabled()).count();
    }

    /** Enabled cameras per level, every level present. */
    public Map<HealthLevel, Long> countsByLevel() {
        Map<HealthLevel, Long> counts = new EnumMap<>(HealthLevel.class);
        for (HealthLevel level : HealthLevel.values()) {
            counts.put(level, cameras.stream().filter(s -> s.camera().isEnabled())
                    .filter(s -> s.state().level() == level).count());
        }
        return counts;
    }

    /** Enabled cameras offline now, longest offline first. */
    public List<CameraState> offline() {
        return cameras.stream()
                .filter(s -> s.camera().isEnabled() && s.state().level() == HealthLevel.OFFLINE)
                .sorted(Comparator.comparing(s -> s.state().levelSince(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The whole fleet's uptime over the last {@code window} (at most the history window). */
    public Double uptime(Duration window) {
        List<Uptime.Interval> all = history.values().stream().flatMap(List::stream).toList();
        return Uptime.over(all, now.minus(window), now).percentage();
    }

    public Double uptimeOf(long cameraId) {
        return Uptime.over(history.getOrDefault(cameraId, List.of()), now.minus(HISTORY), now).percentage();
    }

    /** The cameras with the lowest uptime over the history window, cameras with no history left out. */
    public List<CameraUptime> worst(int limit) {
        return cameras.stream().map(s -> new CameraUptime(s, uptimeOf(s.camera().getId())))
                .filter(u -> u.uptime() != null)
                .sorted(Comparator.comparing(CameraUptime::uptime)).limit(limit).toList();
    }

    /** Outages of every camera that touch the last {@code window}, newest first. */
    public List<CameraOutage> outages(Duration window, int limit) {
        List<CameraOutage> outages = new ArrayList<>();
        for (CameraState s : cameras) {
            long id = s.camera().getId();
            Uptime.outages(history.getOrDefault(id, List.of()), now.minus(window), now)
                    .forEach(o -> outages.add(new CameraOutage(id, s.camera().getName(), o)));
        }
        outages.sort(Comparator.comparing((CameraOutage o) -> o.outage().start()).reversed());
        return outages.size() > limit ? List.copyOf(outages.subList(0, limit)) : outages;
    }
}
