package io.ohmvision.health.control;

import io.ohmvision.health.entity.ReconnectMode;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.cameras.control.CameraAccess;
import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.cameras.control.CameraTargets;
import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DecodersBusy;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.DeepProbeResult;
import io.ohmvision.cluster.control.ClusterMembership;
import io.ohmvision.health.entity.CameraHealth;
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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Drives health checks. A non-persistent EJB timer ticks (every second by default) and only wakes idle check workers
 * (a bulkhead per {@link CheckLane}, {@link CheckWorkers}), which take due checks from the roster until none is due:
 * a slow or hung camera holds one worker until its probe's deadline, and once confirmed offline it is rechecked in
 * its own lane, so however many hang they do not delay the checks of the others. The roster is reloaded from the database once per interval and whenever a camera
 * changes, so reconnection state survives restarts. In a cluster the roster holds only the cameras this member owns,
 * and it is reloaded whenever ownership may have moved (a member joined or died), so a share is taken over with its
 * reconnection state from the database.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "VideoDecoders"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HealthScheduler {

    private static final Logger LOG = Logger.getLogger(HealthScheduler.class.getName());
    private static final Duration RETRY_AFTER_STORE_FAILURE = Duration.ofSeconds(5);

    @Resource
    TimerService timers;

    @Resource
    ManagedThreadFactory threads;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HealthSettings settings;

    @Inject
    HealthRecorder recorder;

    @Inject
    ResilientHealthStore store;

    @Inject
    ChannelTesting channels;

    @Inject
    CameraTargets targets;

    @Inject
    CheckStatistics statistics;

    @Inject
    ClusterMembership cluster;

    @Inject
    SchedulerHeartbeat heartbeat;

    private final DeepProbe deepProbe = new DeepProbe();
    private HealthRoster roster;
    private final List<ExecutorService> pools = new ArrayList<>();
    private final Map<CheckLane, CheckWorkers<HealthRoster.Due>> workers = new EnumMap<>(CheckLane.class);
    private Instant nextReload = Instant.MIN;
    private volatile boolean reloadRequested;
    private long rosterClusterVersion;

    @PostConstruct
    void start() {
        roster = new HealthRoster(settings.interval(), settings.deepEvery());
        if (!settings.enabled()) {
            LOG.info("Health monitoring is disabled (ohmvision.health.enabled=false)");
            return;
        }
        for (CheckLane lane : CheckLane.values()) {
            int capacity = settings.maxConcurrentChecks(lane);
            ExecutorService pool = Executors.newFixedThreadPool(capacity, threads);
            pools.add(pool);
            workers.put(lane, new CheckWorkers<>(capacity, pool, max -> takeDue(max, lane), due -> {
                statistics.started(lane, due.lag());
                check(due.entry(), due.deep());
            }));
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
            if (reloadRequested || !now.isBefore(nextReload) || cluster.version() != rosterClusterVersion) {
                reloadRoster(now);
            }
            workers.values().forEach(CheckWorkers::wake);
        } catch (RuntimeException e) {
            // A database outage must not kill the timer: the next tick tries again.
            LOG.log(Level.WARNING, "Health tick failed: " + e.getMessage(), e);
        }
    }

    private synchronized List<HealthRoster.Due> takeDue(int max, CheckLane lane) {
        return roster.takeDue(clock.instant(), max, lane);
    }

    private void reloadRoster(Instant now) {
        reloadRequested = false;
        rosterClusterVersion = cluster.version();
        List<HealthRoster.Entry> entries = em.createQuery("select c from Camera c where c.enabled = true "
                + "and c.primaryStreamUrl is not null", Camera.class).getResultStream()
                .filter(camera -> cluster.owns(camera.getId()))
                .map(HealthScheduler::entryOf)
                .toList();
        Map<Long, HealthSnapshot> states = em.createQuery("select h from CameraHealth h", CameraHealth.class)
                .getResultStream().collect(Collectors.toMap(CameraHealth::cameraId, CameraHealth::snapshot));
        synchronized (this) {
            roster.replace(entries, states, now);
            heartbeat.monitoring(roster.size());
        }
        nextReload = now.plus(settings.interval());
    }

    private static HealthRoster.Entry entryOf(Camera camera) {
        return new HealthRoster.Entry(camera.getId(), camera.getPrimaryStreamUrl(), CameraAccess.of(camera));
    }

    /**
     * One check, on a pool thread: the light probe (its latency sets the level), on deep checks then the decoded
     * stream (a frozen picture, or a stream that answers but does not decode, is a failure); then record. The
     * roster learns when the camera is due next.
     */
    private void check(HealthRoster.Entry entry, boolean deep) {
        try {
            ProbeResult result = probe(entry);
            Optional<HealthSnapshot> after = deep && result.outcome() == Outcome.OK && DeepProbe.decodes(result.channel())
                    ? recordDeep(entry, result)
                    : store.record(entry.cameraId(), result);
            Instant now = clock.instant();
            synchronized (this) {
                after.ifPresentOrElse(state -> roster.finished(entry.cameraId(), state, now),
                        () -> roster.failed(entry.cameraId(), now, settings.interval()));
            }
            statistics.finished(result);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the health of camera " + entry.cameraId() + ": "
                    + e.getMessage());
            synchronized (this) {
                roster.failed(entry.cameraId(), clock.instant(), RETRY_AFTER_STORE_FAILURE);
            }
            statistics.finished(null);
        }
    }

    /**
     * A deep check that finds every decoder busy is skipped and counted, and one whose camera's TLS trust FFmpeg
     * cannot honour (a pinned certificate) is not made: the light check's result stands.
     */
    private Optional<HealthSnapshot> recordDeep(HealthRoster.Entry entry, ProbeResult light) {
        ProbeTarget target = target(entry, settings.deepTimeout());
        if (DeepProbe.refusesTlsOf(target)) {
            return store.record(entry.cameraId(), light);
        }
        DeepProbeResult decoded;
        try {
            decoded = deepProbe.probe(target);
        } catch (DecodersBusy busy) {
            statistics.deepCheckSkipped();
            return store.record(entry.cameraId(), light);
        }
        if (decoded.probe().outcome() != Outcome.OK) {
            return store.record(entry.cameraId(), decoded.probe());
        }
        return decoded.frozen()
                ? store.recordFrozen(entry.cameraId(), light, "picture frozen: consecutive decoded frames identical ("
                        + decoded.probe().media().summary() + ")")
                : store.record(entry.cameraId(), light);
    }

    private ProbeTarget target(HealthRoster.Entry entry, Duration timeout) {
        return targets.target(entry.access(), entry.url(), timeout);
    }

    private ProbeResult probe(HealthRoster.Entry entry) {
        ProbeTarget target = target(entry, settings.checkTimeout());
        ProbeResult result = channels.probe(entry.access(), target);
        targets.recordFirstUse(entry.cameraId(), target, result);
        return result;
    }

    /** Runs a check now, on the caller's thread, and schedules the next one from its result. */
    public Optional<HealthSnapshot> checkNow(long cameraId) {
        Camera camera = em.find(Camera.class, cameraId);
        if (camera == null || camera.getPrimaryStreamUrl() == null) {
            return Optional.empty();
        }
        ProbeResult result = probe(entryOf(camera));
        Optional<HealthSnapshot> after = recorder.record(cameraId, result);
        statistics.finished(result);
        after.ifPresent(state -> {
            synchronized (this) {
                roster.finished(cameraId, state, clock.instant());
            }
        });
        return after;
    }

    /** A forced reconnect: the backoff starts afresh and the camera is checked at once. */
    public Optional<HealthSnapshot> reconnect(long cameraId) {
        return recorder.forceReconnect(cameraId).flatMap(reset -> checkNow(cameraId));
    }

    /**
     * A camera was added, changed or removed: reload, and retry one that waited for new credentials (when they
     * changed) or for any change.
     */
    public void cameraChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged change) {
        reloadRequested = true;
        recorder.current(change.cameraId())
                .filter(state -> state.mode() == ReconnectMode.WAITING_FOR_CHANGE
                        || change.credentialsChanged() && state.mode() == ReconnectMode.WAITING_FOR_CREDENTIALS)
                .ifPresent(waiting -> {
                    recorder.forceReconnect(change.cameraId());
                    synchronized (this) {
                        roster.dueNow(change.cameraId(), clock.instant());
                    }
                });
    }

    /** Another feature learnt that these cameras changed state (a recorder went down or came back). */
    public void recheck(@Observes RecheckRequested request) {
        Instant now = clock.instant();
        synchronized (this) {
            request.cameraIds().forEach(id -> roster.dueNow(id, now));
        }
    }
}
