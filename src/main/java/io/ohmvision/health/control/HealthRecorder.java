package io.ohmvision.health.control;

import io.ohmvision.cameras.control.CameraHealthColumns;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.health.entity.AvailabilityInterval;
import io.ohmvision.health.entity.CameraHealth;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.LatencyRollup;
import io.ohmvision.health.entity.Uptime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stores checks' consequences, several checks in one transaction ({@link GroupCommit}): each camera's state and
 * reconnection schedule, the hourly latency rollup, the availability interval when the camera went online or
 * offline, and the camera's own health columns (level, latency, 30-day uptime: through the cameras feature, which
 * owns them); a level change is announced once the transaction has committed.
 */
@Stateless
public class HealthRecorder {

    /** How often a lasting state's 30-day uptime is computed again; see {@link #monthsUptime}. */
    static final Duration UPTIME_REFRESH = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HealthSettings settings;

    @Inject
    NodeIdentity node;

    @Inject
    Event<HealthChange> changes;

    @Inject
    HealthQueries queries;

    @Inject
    CameraHealthColumns cameras;

    private HealthStateMachine machine;

    @PostConstruct
    void init() {
        machine = settings.stateMachine();
    }

    /**
     * Stores the checks in one transaction, in their order (a camera may appear twice: a check-now beside a scheduled
     * check).
     *
     * @param writes not empty
     * @return each camera's new state, in the order of {@code writes}; empty for a camera deleted meanwhile
     */
    public List<Optional<HealthSnapshot>> recordAll(List<HealthWrite> writes) {
        List<Long> ids = writes.stream().map(HealthWrite::cameraId).distinct().toList();
        Map<Long, String> names = cameras.lock(ids);
        loadStates(ids, clock.instant());
        return writes.stream().map(write -> Optional.ofNullable(names.get(write.cameraId()))
                .map(name -> store(write, name))).toList();
    }

    /**
     * Reads the cameras' states and this hour's rollups in two statements, instead of two per check: the finds of
     * {@link #store} are then answered from the persistence context.
     */
    private void loadStates(List<Long> ids, Instant now) {
        em.createNamedQuery(CameraHealth.OF_CAMERAS, CameraHealth.class).setParameter("ids", ids).getResultList();
        em.createNamedQuery(LatencyRollup.OF_HOUR, LatencyRollup.class).setParameter("ids", ids)
                .setParameter("hour", LatencyRollup.hourOf(now)).getResultList();
    }

    private HealthSnapshot store(HealthWrite write, String name) {
        long cameraId = write.cameraId();
        ProbeResult result = write.result();
        Instant now = clock.instant();
        CameraHealth health = stateOf(cameraId);
        HealthStateMachine.Transition transition = write.frozenReason() == null
                ? machine.apply(health.snapshot(), result, now, ThreadLocalRandom.current()::nextDouble)
                : machine.frozen(health.snapshot(), write.frozenReason(), now,
                        ThreadLocalRandom.current()::nextDouble);
        HealthSnapshot after = transition.after();
        health.store(after, node.name());
        addToRollup(cameraId, now, result);
        if (transition.availabilityChanged()) {
            switchInterval(cameraId, after, now);
        }
        Double uptime = monthsUptime(cameraId, health, transition, now);
        cameras.record(cameraId, new CameraHealthColumns.Values(after.level().wireName(), now,
                after.lastLatencyMillis(), uptime, after.consecutiveFailures(),
                after.isOnline() ? null : StreamUrl.mask(after.reason())));
        if (transition.levelChanged()) {
            changes.fire(new HealthChange(cameraId, name, transition.before().level(), after.level(),
                    after.cause(), after.reason(), after.levelSince(), after.lastLatencyMillis(), now));
        }
        return after;
    }

    /**
     * The camera's 30-day uptime when it is due, else null (the stored value stands). Due when availability changed,
     * and otherwise every {@link #UPTIME_REFRESH}, since the value drifts while a state lasts: by at most 1/4,320 of
     * the window in 10 minutes (0.023 points). Computing it reads 30 days of the camera's intervals; done on every
     * check, that read was 15 % of a node's CPU at 25,000 cameras (JFR, bench/health-cycle/import.sh).
     */
    private Double monthsUptime(long cameraId, CameraHealth health, HealthStateMachine.Transition transition,
            Instant now) {
        if (!transition.availabilityChanged() && !health.uptimeDue(now, UPTIME_REFRESH)) {
            return null;
        }
        Instant from = now.minus(Fleet.HISTORY);
        Double percentage = Uptime.over(queries.intervals(cameraId, from, now), from, now).percentage();
        if (percentage != null) { // none yet at a camera's first check: its interval has just begun
            health.uptimeComputed(now);
        }
        return percentage;
    }

    /** Check at once and restart the backoff if that fails (forced reconnect, new credentials). */
    public Optional<HealthSnapshot> forceReconnect(long cameraId) {
        if (cameras.lock(List.of(cameraId)).isEmpty()) {
            return Optional.empty();
        }
        CameraHealth health = stateOf(cameraId);
        HealthSnapshot reset = machine.forceReconnect(health.snapshot(), clock.instant());
        health.store(reset, node.name());
        return Optional.of(reset);
    }

    public Optional<HealthSnapshot> current(long cameraId) {
        return Optional.ofNullable(em.find(CameraHealth.class, cameraId)).map(CameraHealth::snapshot);
    }

    private CameraHealth stateOf(long cameraId) {
        CameraHealth health = em.find(CameraHealth.class, cameraId);
        if (health == null) {
            health = new CameraHealth(cameraId);
            em.persist(health);
        }
        return health;
    }

    private void addToRollup(long cameraId, Instant now, ProbeResult result) {
        LatencyRollup rollup = em.find(LatencyRollup.class,
                new LatencyRollup.Key(cameraId, LatencyRollup.hourOf(now)));
        if (rollup == null) {
            rollup = new LatencyRollup(cameraId, now);
            em.persist(rollup);
        }
        rollup.add(result.outcome() == io.ohmvision.channels.Outcome.OK ? result.latencyMillis() : null);
    }

    /** Closes the open interval where the new one starts (an outage starts at its first failure) and opens it. */
    private void switchInterval(long cameraId, HealthSnapshot after, Instant now) {
        Instant start = after.levelSince() == null ? now : after.levelSince();
        List<AvailabilityInterval> open = em.createNamedQuery(AvailabilityInterval.OPEN, AvailabilityInterval.class)
                .setParameter("camera", cameraId).getResultList();
        open.forEach(interval -> interval.endAt(start));
        em.persist(new AvailabilityInterval(cameraId, after.isOnline(), after.cause(),
                after.isOnline() ? null : StreamUrl.mask(after.reason()), start));
        em.flush();
    }
}
