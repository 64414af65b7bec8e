package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.health.entity.Causes;
import io.ohmvision.health.entity.HealthCause;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.ReconnectMode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthStateMachineTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    /** No jitter: the middle of [0, 1). */
    private static final DoubleSupplier MIDDLE = () -> 0.5;

    private final HealthStateMachine machine =
            new HealthStateMachine(HealthThresholds.DEFAULT, ReconnectPolicy.DEFAULT, 2);

    static ProbeResult ok(long latency) {
        return new ProbeResult(ConnectionType.RTSP, "rtsp://cam/x", Outcome.OK, latency, MediaFacts.NONE, "fine",
                ServerFingerprint.NONE);
    }

    static ProbeResult failed(Outcome outcome) {
        return new ProbeResult(ConnectionType.RTSP, "rtsp://cam/x", outcome, 0, MediaFacts.NONE, "broken",
                ServerFingerprint.NONE);
    }

    @ParameterizedTest
    @CsvSource({"0,EXCELLENT", "499,EXCELLENT", "500,GOOD", "1500,GOOD", "1501,FAIR", "3000,FAIR", "3001,POOR"})
    void levelsFollowTheSeedThresholds(long latency, HealthLevel level) {
        assertThat(machine.apply(HealthSnapshot.unknown(), ok(latency), T0, MIDDLE).after().level()).isEqualTo(level);
    }

    @Test
    void oneFailureIsConfirmedBeforeOfflineAndTheOutageStartsAtTheFirstFailure() {
        HealthSnapshot online = machine.apply(HealthSnapshot.unknown(), ok(40), T0, MIDDLE).after();
        HealthSnapshot suspect = machine.apply(online, failed(Outcome.REFUSED), T0.plusSeconds(60), MIDDLE).after();
        assertThat(suspect.level()).isEqualTo(HealthLevel.EXCELLENT);
        assertThat(suspect.mode()).isEqualTo(ReconnectMode.BACKOFF);
        assertThat(suspect.nextCheckAt()).isEqualTo(T0.plusSeconds(70));

        HealthStateMachine.Transition confirmed = machine.apply(suspect, failed(Outcome.REFUSED),
                T0.plusSeconds(70), MIDDLE);
        assertThat(confirmed.after().level()).isEqualTo(HealthLevel.OFFLINE);
        assertThat(confirmed.after().cause()).isEqualTo(HealthCause.REFUSED);
        assertThat(confirmed.after().levelSince()).isEqualTo(T0.plusSeconds(60));
        assertThat(confirmed.availabilityChanged()).isTrue();
    }

    @Test
    void backoffDoublesFromTenSecondsForFiveAttemptsThenCoolsDown() {
        HealthSnapshot state = machine.apply(HealthSnapshot.unknown(), ok(40), T0, MIDDLE).after();
        Instant now = T0;
        long[] expectedDelays = {10, 20, 40, 80, 160};
        for (long delay : expectedDelays) {
            now = now.plusSeconds(1);
            state = machine.apply(state, failed(Outcome.TIMEOUT), now, MIDDLE).after();
            assertThat(state.mode()).isEqualTo(ReconnectMode.BACKOFF);
            assertThat(Duration.between(now, state.nextCheckAt())).hasSeconds(delay);
        }
        now = now.plusSeconds(1);
        state = machine.apply(state, failed(Outcome.TIMEOUT), now, MIDDLE).after();
        assertThat(state.mode()).isEqualTo(ReconnectMode.COOLDOWN);
        assertThat(Duration.between(now, state.nextCheckAt())).isEqualTo(Duration.ofMinutes(10));
        assertThat(state.reconnectAttempts()).isEqualTo(5);

        HealthSnapshot back = machine.apply(state, ok(30), now.plusSeconds(600), MIDDLE).after();
        assertThat(back.mode()).isEqualTo(ReconnectMode.NONE);
        assertThat(back.consecutiveFailures()).isZero();
        assertThat(back.nextCheckAt()).isNull();
        assertThat(back.levelSince()).isEqualTo(now.plusSeconds(600));
    }

    /** Wrong credentials (retrying would lock the account) and something unsupported (retrying cannot help). */
    @ParameterizedTest
    @CsvSource({"AUTH_FAILED,WAITING_FOR_CREDENTIALS", "UNSUPPORTED,WAITING_FOR_CHANGE"})
    void failuresOnlyAChangeCuresGoOfflineAtOnceAndAreNotRetried(Outcome outcome, ReconnectMode waiting) {
        HealthSnapshot online = machine.apply(HealthSnapshot.unknown(), ok(40), T0, MIDDLE).after();
        HealthSnapshot locked = machine.apply(online, failed(outcome), T0.plusSeconds(60), MIDDLE)
                .after();
        assertThat(locked.level()).isEqualTo(HealthLevel.OFFLINE);
        assertThat(locked.mode()).isEqualTo(waiting);
        assertThat(locked.nextCheckAt()).isNull();

        HealthSnapshot forced = machine.forceReconnect(locked, T0.plusSeconds(90));
        assertThat(forced.nextCheckAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(forced.mode()).isEqualTo(ReconnectMode.NONE);
        HealthSnapshot retried = machine.apply(forced, failed(Outcome.REFUSED), T0.plusSeconds(90), MIDDLE).after();
        assertThat(retried.level()).isEqualTo(HealthLevel.OFFLINE);
        assertThat(Duration.between(T0.plusSeconds(90), retried.nextCheckAt())).hasSeconds(10);
        assertThat(retried.levelSince()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aFrozenPictureIsConfirmedLikeAnyFailureAndCarriesItsOwnCause() {
        HealthSnapshot online = machine.apply(HealthSnapshot.unknown(), ok(40), T0, MIDDLE).after();
        HealthSnapshot suspect = machine.frozen(online, "picture frozen", T0.plusSeconds(60), MIDDLE).after();
        assertThat(suspect.level()).isEqualTo(HealthLevel.EXCELLENT);
        assertThat(suspect.cause()).isEqualTo(HealthCause.FROZEN_PICTURE);
        HealthSnapshot offline = machine.frozen(suspect, "picture frozen", T0.plusSeconds(70), MIDDLE).after();
        assertThat(offline.level()).isEqualTo(HealthLevel.OFFLINE);
        assertThat(offline.levelSince()).isEqualTo(T0.plusSeconds(60));
        assertThat(offline.lastOutcome()).as("the stream itself answered").isEqualTo(Outcome.OK);
        assertThat(machine.apply(offline, ok(40), T0.plusSeconds(90), MIDDLE).after().isOnline()).isTrue();
    }

    @Test
    void aBusyCameraBacksOffLonger() {
        HealthSnapshot online = machine.apply(HealthSnapshot.unknown(), ok(40), T0, MIDDLE).after();
        HealthSnapshot busy = machine.apply(online, failed(Outcome.BUSY), T0, MIDDLE).after();
        assertThat(Duration.between(T0, busy.nextCheckAt())).hasSeconds(30);
    }

    @Test
    void aCameraNeverSeenOnlineIsOfflineAtItsFirstFailure() {
        HealthStateMachine.Transition first = machine.apply(HealthSnapshot.unknown(), failed(Outcome.UNREACHABLE),
                T0, MIDDLE);
        assertThat(first.after().level()).isEqualTo(HealthLevel.OFFLINE);
        assertThat(first.levelChanged()).isTrue();
        assertThat(first.availabilityChanged()).isTrue();
    }

    @Test
    void aRecorderFoundDownTakesItsChannelOfflineAtOnceWithItsOwnCauseAndKeepsRetrying() {
        HealthSnapshot online = machine.apply(HealthSnapshot.unknown(), ok(40), T0, MIDDLE).after();
        ProbeResult recorderDown = new ProbeResult(ConnectionType.NVR, "rtsp://nvr:554/", Outcome.REFUSED, 0,
                MediaFacts.NONE, "recorder down: connection refused", ServerFingerprint.NONE);
        HealthSnapshot down = machine.apply(online, recorderDown, T0.plusSeconds(60), MIDDLE).after();
        assertThat(down.level()).isEqualTo(HealthLevel.OFFLINE);
        assertThat(down.cause()).isEqualTo(HealthCause.RECORDER_DOWN);
        assertThat(down.mode()).isEqualTo(ReconnectMode.BACKOFF);
        assertThat(Causes.describe(down.cause())).startsWith("recorder down");
        // the channel's own failure is still confirmed before it counts
        assertThat(machine.apply(online, failed(Outcome.REFUSED), T0.plusSeconds(60), MIDDLE).after().level())
                .isNotEqualTo(HealthLevel.OFFLINE);
    }
}
