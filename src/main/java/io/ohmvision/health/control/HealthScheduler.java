package io.ohmvision.health.control;

import io.ohmvision.cameras.control.WatchedCamera;
import io.ohmvision.cameras.control.WatchedCameras;
import io.ohmvision.cluster.control.ClusterMembership;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Triggers health checks; {@link HealthCheck} does them. A non-persistent EJB timer ticks (every second by default)
 * and only wakes idle check workers (a bulkhead per {@link CheckLane}, {@link CheckWorkers}), which take due checks
 * from the roster ({@link CheckSchedule}) until none is due: a slow or hung camera holds one worker until its probe's
 * deadline, and once confirmed offline it is rechecked in its own lane, so however many hang they do not delay the
 * checks of the others. A camera change updates the roster by itself ({@link CameraChanges}); the whole roster is
 * reloaded from the database at start and once per interval (what other members changed of the reconnection
 * state, e.g. a forced reconnect through them), so reconnection state survives restarts. In a cluster the roster
 * holds only the cameras this member owns, and it is reloaded whenever ownership may have moved (a member joined or
 * died), so a share is taken over with its reconnection state from the database.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "VideoDecoders"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HealthScheduler {

    private static final Logger LOG = Logger.getLogger(HealthScheduler.class.getName());

    @Resource
    TimerService timers;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Clock clock;

    @Inject
    HealthSettings settings;

    @Inject
    CheckSchedule schedule;

    @Inject
    HealthCheck check;

    @Inject
    WatchedCameras cameras;

    @Inject
    HealthQueries queries;

    @Inject
    ClusterMembership cluster;

    @Inject
    SchedulerHeartbeat heartbeat;

    private final List<ExecutorService> pools = new ArrayList<>();
    private final List<CheckWorkers<HealthRoster.Due>> workers = new ArrayList<>();
    private Instant nextReload = Instant.MIN;
    private long rosterClusterVersion;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            LOG.info("Health monitoring is disabled (ohmvision.health.enabled=false)");
            return;
        }
        for (CheckLane lane : CheckLane.values()) {
            int capacity = settings.maxConcurrentChecks(lane);
            ExecutorService pool = LaneThreads.start(capacity, threads);
            pools.add(pool);
            workers.add(new CheckWorkers<>(capacity, pool, max -> schedule.takeDue(max, lane),
                    due -> check.scheduled(lane, due)));
        }
        long tick = settings.tick().toMillis();
        timers.createIntervalTimer(tick, tick, new TimerConfig("health-tick", false));
        heartbeat.beat(clock.instant());
    }

    @PreDestroy
    void stop() {
        pools.forEach(ExecutorService::shutdownNow);
    }

    @Timeout
    void tick() {
        Instant now = clock.instant();
        heartbeat.beat(now);
        try {
            if (!now.isBefore(nextReload) || cluster.version() != rosterClusterVersion) {
                reloadRoster(now);
            }
            workers.forEach(CheckWorkers::wake);
        } catch (RuntimeException e) {
            // A database outage must not kill the timer: the next tick tries again.
            LOG.log(Level.WARNING, "Health tick failed: " + e.getMessage(), e);
        }
    }

    private void reloadRoster(Instant now) {
        rosterClusterVersion = cluster.version();
        List<HealthRoster.Entry> entries = cameras.all().stream()
                .filter(camera -> cluster.owns(camera.id()))
                .map(HealthRoster.Entry::of)
                .toList();
        schedule.replace(entries, queries.snapshots());
        nextReload = now.plus(settings.interval());
    }
}
