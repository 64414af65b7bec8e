package io.ohmvision.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    private static final Instant SET_UP = Instant.parse("2026-11-25T20:00:00Z");
    private static final String URL = ReceiverUrl.of(7);
    private final Heartbeat heartbeat = new Heartbeat(Duration.ofSeconds(90));

    @Test
    void aCameraThatPushedWithinItsAllowanceIsOnline() {
        ProbeResult result = heartbeat.verdict(URL, SET_UP.plusSeconds(600), SET_UP, SET_UP.plusSeconds(660));
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.channel()).isEqualTo(ConnectionType.WEBHOOK);
        assertThat(result.reason()).isEqualTo("last push 60 s ago");
    }

    @Test
    void silenceLongerThanTheAllowanceIsATimeout() {
        ProbeResult result = heartbeat.verdict(URL, SET_UP.plusSeconds(600), SET_UP, SET_UP.plusSeconds(691));
        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(result.reason()).isEqualTo("last push 91 s ago, more than the allowed silence of 90 s");
    }

    @Test
    void beforeTheFirstPushTheAllowanceRunsFromTheSetUp() {
        assertThat(heartbeat.verdict(URL, null, SET_UP, SET_UP.plusSeconds(30)).outcome()).isEqualTo(Outcome.OK);
        ProbeResult silent = heartbeat.verdict(URL, null, SET_UP, SET_UP.plusSeconds(120));
        assertThat(silent.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(silent.reason()).startsWith("no push received since the receiver was set up 120 s ago");
    }

    @Test
    void theAllowanceMustBePositive() {
        assertThatThrownBy(() -> new Heartbeat(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
