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
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stores one check's consequences in one transaction: the camera's state and reconnection schedule, the hourly
 * latency rollup, the availability interval when the camera went online or offline, and the camera's own health
 * columns (level, latency, 30-day uptime: through the cameras feature, which owns them); then announces a level change.
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

    /** @return the camera's new state; empty when the camera was deleted meanwhile */
    public Optional<HealthSnapshot> record(long cameraId, ProbeResult result) {
        return store(cameraId, result, (before, now) -> machine.apply(before, result, now,
                ThreadLocalRandom.current()::nextDouble));
    }

    /**
     * A deep check saw the picture stand still although the stream answered.
     *
     * @param light the light probe of the same check (its latency still counts in the rollup)
     */
    public Optional<HealthSnapshot> recordFrozen(long cameraId, ProbeResult light, String reason) {
        return store(cameraId, light, (before, now) -> machine.frozen(before, reason, now,
                ThreadLocalRandom.current()::nextDouble));
    }

    private Optional<HealthSnapshot> store(long cameraId, ProbeResult result,
            java.util.function.BiFunction<HealthSnapshot, Instant, HealthStateMachine.Transition> transitionOf) {
        Optional<String> name = cameras.lock(cameraId);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        CameraHealth health = stateOf(cameraId);
        HealthStateMachine.Transition transition = transitionOf.apply(health.snapshot(), now);
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
            changes.fire(new HealthChange(cameraId, name.get(), transition.before().level(), after.level(),
                    after.cause(), after.reason(), after.levelSince(), after.lastLatencyMillis(), now));
        }
        return Optional.of(after);
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
        if (cameras.lock(cameraId).isEmpty()) {
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
