package io.ohmvision.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.platform.live.ClientBacklog.Next;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientBacklogTest {

    private final ClientBacklog backlog = new ClientBacklog(100);

    @Test
    void aClientThatAnswersItsPingsIsNeverDropped() {
        for (int i = 0; i < 10_000; i++) {
            Next next = backlog.send();
            assertThat(next).isIn(Next.SEND, Next.SEND_THEN_PING);
            if (next == Next.SEND_THEN_PING) {
                backlog.pong(backlog.ping().orElseThrow());
            }
        }
        assertThat(backlog.unconfirmed()).isLessThan(ClientBacklog.PING_EVERY);
    }

    @Test
    void aClientThatStopsReadingIsDroppedOnceAtTheLimitAndGetsNothingMore() {
        List<Next> answers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            answers.add(backlog.send());
        }
        assertThat(answers.subList(0, 100)).doesNotContain(Next.DROP_CLIENT, Next.SKIP)
                .containsOnlyOnce(Next.SEND_THEN_PING);
        assertThat(answers.get(100)).isEqualTo(Next.DROP_CLIENT);
        assertThat(answers.subList(101, 150)).containsOnly(Next.SKIP);
    }

    @Test
    void aPongThatDoesNotEchoThePingConfirmsNothing() {
        sendUntilPing();
        backlog.pong(ByteBuffer.wrap(new byte[8]));
        assertThat(backlog.unconfirmed()).isEqualTo(ClientBacklog.PING_EVERY);
        for (int i = ClientBacklog.PING_EVERY; i < 100; i++) {
            assertThat(backlog.send()).isEqualTo(Next.SEND);
        }
        assertThat(backlog.send()).isEqualTo(Next.DROP_CLIENT);
    }

    @Test
    void aPongConfirmsWhatWasSentBeforeItsPingOnly() {
        ByteBuffer ping = sendUntilPing();
        for (int i = 0; i < 5; i++) {
            backlog.send();
        }
        backlog.pong(ping);
        assertThat(backlog.unconfirmed()).isEqualTo(5);
        backlog.pong(ping);
        assertThat(backlog.unconfirmed()).as("an answer counts once").isEqualTo(5);
    }

    private ByteBuffer sendUntilPing() {
        Next next;
        do {
            next = backlog.send();
        } while (next != Next.SEND_THEN_PING);
        return backlog.ping().orElseThrow();
    }
}
