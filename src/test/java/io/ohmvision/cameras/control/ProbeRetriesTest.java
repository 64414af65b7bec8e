package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProbeRetriesTest {

    private int calls;

    private Supplier<ProbeResult> answering(Outcome... outcomes) {
        Deque<Outcome> next = new ArrayDeque<>(List.of(outcomes));
        return () -> {
            calls++;
            return new ProbeResult(ConnectionType.RTSP, "rtsp://192.0.2.10/live", next.pop(), 700, null,
                    "no answer within 700 ms", null);
        };
    }

    @Test
    void noAnswerIsTriedAgainAsOftenAsAskedAndSaysHowOften() {
        ProbeResult result = ProbeRetries.run(answering(Outcome.TIMEOUT, Outcome.REFUSED, Outcome.TIMEOUT), 2);

        assertThat(calls).isEqualTo(3);
        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(result.reason()).isEqualTo("no answer within 700 ms (3 attempts)");
    }

    @Test
    void anAnswerOnASecondTryEndsTheRetries() {
        ProbeResult result = ProbeRetries.run(answering(Outcome.UNREACHABLE, Outcome.OK, Outcome.OK), 3);

        assertThat(calls).isEqualTo(2);
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.reason()).isEqualTo("no answer within 700 ms");
    }

    @Test
    void refusedCredentialsAndOtherAnswersAreNeverAskedAgain() {
        for (Outcome answer : new Outcome[] {Outcome.AUTH_FAILED, Outcome.NOT_FOUND, Outcome.BUSY,
                Outcome.PROTOCOL_ERROR}) {
            calls = 0;
            ProbeRetries.run(answering(answer, Outcome.OK), 3);
            assertThat(calls).as(answer.name()).isEqualTo(1);
        }
    }

    @Test
    void withoutRetriesOneAttemptIsMadeAndItsReasonKept() {
        ProbeResult result = ProbeRetries.run(answering(Outcome.TIMEOUT, Outcome.OK), 0);

        assertThat(calls).isEqualTo(1);
        assertThat(result.reason()).isEqualTo("no answer within 700 ms");
    }
}
