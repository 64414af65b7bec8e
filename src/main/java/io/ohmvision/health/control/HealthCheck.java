package io.ohmvision.health.control;

import io.ohmvision.cameras.control.CameraTargets;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.cameras.control.WatchedCameras;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DecodersBusy;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.DeepProbeResult;
import io.ohmvision.health.entity.HealthSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One health check of one camera, the same whoever asks for it (the schedule, check-now, a forced reconnect): the
 * light probe (its latency sets the level), on deep checks then the decoded stream (a frozen picture, or a stream
 * that answers but does not decode, is a failure); then the result is stored, always through the retrying,
 * circuit-breaking {@link ResilientHealthStore}, and the schedule learns when the camera is due next. Scheduled checks
 * also keep to the sessions a host may have at once ({@link SessionsPerHost}); one asked for by an operator does not
 * wait for them (one session more, on purpose).
 */
@ApplicationScoped
public class HealthCheck {

    private static final Logger LOG = Logger.getLogger(HealthCheck.class.getName());
    static final Duration RETRY_AFTER_STORE_FAILURE = Duration.ofSeconds(5);

    @Inject
    HealthSettings settings;

    @Inject
    ResilientHealthStore store;

    @Inject
    ChannelTesting channels;

    @Inject
    CameraTargets targets;

    @Inject
    WatchedCameras cameras;

    @Inject
    CheckSchedule schedule;

    @Inject
    CheckStatistics statistics;

    /** Decodes on the process's decoders, health's lane ({@link DeepProbe}). */
    Function<ProbeTarget, DeepProbeResult> deepProbe = new DeepProbe()::probe;
    SessionsPerHost hosts;

    @PostConstruct
    void init() {
        hosts = new SessionsPerHost(settings.sessionsPerHost(), schedule::wake);
    }

    /**
     * A check the schedule handed out, on a worker thread. One whose host has all the sessions it may have is
     * deferred to the next tick (and counted); a failure to store one is retried a few seconds later.
     */
    void scheduled(CheckLane lane, HealthRoster.Due due) {
        Optional<SessionsPerHost.Permit> session = hosts.open(due.entry().url());
        if (session.isEmpty()) {
            statistics.deferredForBusyHost();
            hosts.waitFor(due.entry().url(), due.entry().cameraId());
            schedule.failed(due.entry().cameraId(), settings.tick());
            return;
        }
        statistics.started(lane, due.lag());
        try (SessionsPerHost.Permit held = session.get()) {
            run(due.entry(), due.deep());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the health of camera " + due.entry().cameraId() + ": "
                    + e.getMessage());
            schedule.failed(due.entry().cameraId(), RETRY_AFTER_STORE_FAILURE);
        }
    }

    /**
     * Checks a camera now, on the caller's thread, and schedules its next check from the result.
     *
     * @return its state after the check; empty when it does not exist or has no primary stream URL
     */
    public Optional<HealthSnapshot> now(long cameraId) {
        return cameras.one(cameraId).filter(camera -> camera.url() != null)
                .flatMap(camera -> run(HealthRoster.Entry.of(camera), false));
    }

    /** A forced reconnect: the backoff starts afresh and the camera is checked at once. */
    public Optional<HealthSnapshot> reconnect(long cameraId) {
        return store.forceReconnect(cameraId).flatMap(reset -> now(cameraId));
    }

    private Optional<HealthSnapshot> run(HealthRoster.Entry entry, boolean deep) {
        try {
            ProbeResult result = probe(entry);
            Optional<HealthSnapshot> after = deep && result.outcome() == Outcome.OK
                    && DeepProbe.decodes(result.channel())
                    ? recordDeep(entry, result)
                    : store.record(entry.cameraId(), result);
            after.ifPresentOrElse(state -> schedule.finished(entry.cameraId(), state),
                    () -> schedule.failed(entry.cameraId(), settings.interval()));
            statistics.finished(result);
            return after;
        } catch (RuntimeException e) {
            statistics.finished(null);
            throw e;
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
            decoded = deepProbe.apply(target);
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
        ProbeTarget target = target(entry, entry.access().probeSettings().timeoutOr(settings.checkTimeout()));
        ProbeResult result = channels.probe(entry.access(), target);
        targets.recordFirstUse(entry.cameraId(), target, result);
        return result;
    }
}
