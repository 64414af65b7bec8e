package io.ohmvision.health.control;

import io.ohmvision.channels.ProbeResult;
import io.ohmvision.health.entity.HealthSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Stores check results through MicroProfile Fault Tolerance: a transient database failure (a dropped connection, a
 * failover) is retried, since each attempt is its own transaction; while the database stays down the circuit
 * opens and checks stop waiting on it, and the scheduler retries them a few seconds later with no state lost.
 * Every check goes through here: scheduled, check-now and a forced reconnect alike; checks are stored together with
 * others that end at the same time ({@link GroupCommit}).
 */
@ApplicationScoped
public class ResilientHealthStore {

    @Inject
    GroupCommit checks;

    @Inject
    HealthRecorder recorder;

    @Retry(maxRetries = 2, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100,
            abortOn = IllegalArgumentException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<HealthSnapshot> record(long cameraId, ProbeResult result) {
        return checks.store(HealthWrite.checked(cameraId, result));
    }

    @Retry(maxRetries = 2, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100,
            abortOn = IllegalArgumentException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<HealthSnapshot> recordFrozen(long cameraId, ProbeResult light, String reason) {
        return checks.store(HealthWrite.frozen(cameraId, light, reason));
    }

    @Retry(maxRetries = 2, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100,
            abortOn = IllegalArgumentException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<HealthSnapshot> forceReconnect(long cameraId) {
        return recorder.forceReconnect(cameraId);
    }
}
