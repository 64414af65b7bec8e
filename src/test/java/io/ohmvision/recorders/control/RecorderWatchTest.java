package io.ohmvision.recorders.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.health.control.ReconnectPolicy;
import io.ohmvision.health.entity.HealthCause;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecorderWatchTest {

    private static final Instant T0 = Instant.parse("2026-11-25T21:00:00Z");
    private static final ReconnectPolicy POLICY = new ReconnectPolicy(Duration.ofSeconds(10),
            Duration.ofSeconds(40), 3, Duration.ofMinutes(10), 3, 0);
    private final RecorderWatch watch = new RecorderWatch();

    private static ProbeResult recorder(Outcome outcome) {
        return new ProbeResult(ConnectionType.NVR, "rtsp://10.0.0.9:554/", outcome, 3, MediaFacts.NONE,
                outcome == Outcome.OK ? "recorder answers RTSP" : "connection refused", ServerFingerprint.NONE);
    }

    @Test
    void goingDownIsAChangeAndChannelsAreAnsweredWithoutTheNetworkUntilTheBackoffAllowsALook() {
        assertThat(watch.record(recorder(Outcome.REFUSED), T0, POLICY, () -> 0.5)).isTrue();
        assertThat(watch.isDown()).isTrue();
        assertThat(watch.dueForRecheck(T0.plusSeconds(9))).isFalse();
        assertThat(watch.dueForRecheck(T0.plusSeconds(10))).isTrue();

        ProbeResult spared = watch.spare();
        assertThat(spared.channel()).isEqualTo(ConnectionType.NVR);
        assertThat(spared.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(spared.reason()).isEqualTo("recorder down: connection refused");
        assertThat(HealthCause.of(spared)).isEqualTo(HealthCause.RECORDER_DOWN);
        watch.spare();
        assertThat(watch.view().recorderChecks()).isEqualTo(1);
        assertThat(watch.view().channelChecksSpared()).isEqualTo(2);
    }

    @Test
    void theRecorderIsAskedOnItsOwnBackoffThenInCooldown() {
        Instant now = T0;
        long[] expectedDelays = {10, 20, 40, 600, 600};
        for (long delay : expectedDelays) {
            boolean changed = watch.record(recorder(Outcome.TIMEOUT), now, POLICY, () -> 0.5);
            assertThat(changed).isEqualTo(now.equals(T0));
            assertThat(watch.view().nextCheckAt()).isEqualTo(now.plusSeconds(delay));
            now = now.plusSeconds(delay);
        }
    }

    @Test
    void comingBackIsAChangeButAFirstLookThatFindsItUpIsNot() {
        assertThat(watch.record(recorder(Outcome.OK), T0, POLICY, () -> 0.5)).isFalse();
        assertThat(watch.view().state()).isEqualTo(RecorderWatch.State.UP);
        assertThat(watch.record(recorder(Outcome.UNREACHABLE), T0.plusSeconds(60), POLICY, () -> 0.5)).isTrue();
        assertThat(watch.record(recorder(Outcome.OK), T0.plusSeconds(70), POLICY, () -> 0.5)).isTrue();
        assertThat(watch.isDown()).isFalse();
        assertThat(watch.view().failures()).isZero();
        assertThat(watch.checkedSince(T0.plusSeconds(70))).isTrue();
        assertThat(watch.checkedSince(T0.plusSeconds(71))).isFalse();
    }
}
