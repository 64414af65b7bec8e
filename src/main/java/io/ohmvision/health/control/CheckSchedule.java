package io.ohmvision.health.control;

import io.ohmvision.health.entity.HealthSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The roster of this member, shared by the scheduler (which fills it and takes due checks from it) and the checks
 * (which tell it when each camera is due next): the one lock around {@link HealthRoster}, which is not thread-safe.
 */
@ApplicationScoped
public class CheckSchedule {

    @Inject
    Clock clock;

    @Inject
    HealthSettings settings;

    @Inject
    SchedulerHeartbeat heartbeat;

    private HealthRoster roster;

    @PostConstruct
    void init() {
        roster = new HealthRoster(settings.interval(), settings.deepEvery());
    }

    synchronized List<HealthRoster.Due> takeDue(int max, CheckLane lane) {
        return roster.takeDue(clock.instant(), max, lane);
    }

    synchronized void replace(Collection<HealthRoster.Entry> entries, Map<Long, HealthSnapshot> states) {
        roster.replace(entries, states, clock.instant());
        heartbeat.monitoring(roster.size());
    }

    synchronized void finished(long cameraId, HealthSnapshot after) {
        roster.finished(cameraId, after, clock.instant());
    }

    synchronized void failed(long cameraId, Duration retry) {
        roster.failed(cameraId, clock.instant(), retry);
    }

    synchronized void dueNow(Collection<Long> cameraIds) {
        cameraIds.forEach(id -> roster.dueNow(id, clock.instant()));
    }

    synchronized void wake(long cameraId) {
        roster.wake(cameraId, clock.instant());
    }

    /** @param state its stored state; null when it was never checked */
    synchronized void put(HealthRoster.Entry entry, HealthSnapshot state) {
        roster.put(entry, state, clock.instant());
        heartbeat.monitoring(roster.size());
    }

    synchronized void remove(long cameraId) {
        roster.remove(cameraId);
        heartbeat.monitoring(roster.size());
    }

    synchronized int size() {
        return roster.size();
    }

    /** Another feature learnt that these cameras changed state (a recorder went down or came back). */
    void recheck(@Observes RecheckRequested request) {
        dueNow(request.cameraIds());
    }
}
