package io.ohmvision.discovery.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.Outcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class LockoutGuardTest {

    @Test
    void stopsAfterTheLimitOfWrongPasswords() throws Exception {
        LockoutGuard guard = new LockoutGuard(3);
        for (int i = 0; i < 3; i++) {
            assertThat(guard.acquire()).isTrue();
            guard.answered(Outcome.AUTH_FAILED);
        }
        assertThat(guard.tripped()).isTrue();
        assertThat(guard.acquire()).isFalse();
        assertThat(guard.refusals()).isEqualTo(3);
    }

    @Test
    void otherFailuresDoNotCount() throws Exception {
        LockoutGuard guard = new LockoutGuard(1);
        for (int i = 0; i < 10; i++) {
            assertThat(guard.acquire()).isTrue();
            guard.answered(Outcome.NOT_FOUND);
        }
        assertThat(guard.tripped()).isFalse();
    }

    @Test
    void unprovenCredentialsAreNeverInFlightMoreOftenThanTheLimitAllows() throws Exception {
        LockoutGuard guard = new LockoutGuard(2);
        guard.refusedElsewhere();
        assertThat(guard.acquire()).isTrue();
        // one refusal + one unanswered attempt = the limit: the next must wait for that answer
        CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(() -> {
            try {
                return guard.acquire();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThatThrownBy(() -> third.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        guard.answered(Outcome.AUTH_FAILED);

        assertThat(third.get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(guard.tripped()).isTrue();
    }

    @Test
    void anOkAnswerProvesTheCredentialsAndOpensFullConcurrency() throws Exception {
        LockoutGuard guard = new LockoutGuard(1);
        assertThat(guard.acquire()).isTrue();
        guard.answered(Outcome.OK);
        for (int i = 0; i < 5; i++) {
            assertThat(guard.acquire()).isTrue();
        }
        guard.answered(Outcome.AUTH_FAILED);
        guard.answered(Outcome.AUTH_FAILED);
        assertThat(guard.tripped()).isFalse();
        assertThat(guard.acquire()).isTrue();
    }

    @Test
    void credentialsProvenElsewhereNeedNoWaiting() throws Exception {
        LockoutGuard guard = new LockoutGuard(1);
        guard.acceptedElsewhere();
        assertThat(guard.acquire()).isTrue();
        assertThat(guard.acquire()).isTrue();
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThatThrownBy(() -> new LockoutGuard(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
