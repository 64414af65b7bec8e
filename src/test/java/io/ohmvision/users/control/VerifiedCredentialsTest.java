package io.ohmvision.users.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final MovableClock clock = new MovableClock();
    private final VerifiedCredentials verified = new VerifiedCredentials(3, Duration.ofSeconds(60), clock);

    @Test
    void recognisesTheSameCredentialsForAMinuteOnly() {
        verified.remember("admin", "s3cret-pass", verified.mark());
        assertThat(verified.lookup("admin", "s3cret-pass")).contains("admin");
        assertThat(verified.lookup("admin", "s3cret-pasS")).isEmpty();
        assertThat(verified.lookup("admin2", "s3cret-pass")).isEmpty();
        clock.advance(Duration.ofSeconds(60));
        assertThat(verified.lookup("admin", "s3cret-pass")).isEmpty();
    }

    @Test
    void theNameAndPasswordCannotBeShiftedIntoEachOther() {
        verified.remember("ad", "min:pass", verified.mark());
        assertThat(verified.lookup("ad:min", "pass")).isEmpty();
        assertThat(verified.lookup("admin", "pass")).isEmpty();
    }

    @Test
    void aChangedUserIsForgottenAndAVerificationThatRacedWithTheChangeIsNotKept() {
        verified.remember("admin", "old-password", verified.mark());
        long before = verified.mark();
        verified.forget("admin");
        assertThat(verified.lookup("admin", "old-password")).isEmpty();
        verified.remember("admin", "old-password", before);
        assertThat(verified.lookup("admin", "old-password")).isEmpty();
    }

    @Test
    void holdsAtMostItsSizeAndNeverThePassword() {
        for (int i = 0; i < 10; i++) {
            verified.remember("user" + i, "password-" + i, verified.mark());
        }
        assertThat(verified.size()).isEqualTo(3);
        assertThat(verified).extracting("userByKey").asString().doesNotContain("password-9");
    }

    @Test
    void aZeroTimeToLiveKeepsNothing() {
        VerifiedCredentials off = new VerifiedCredentials(3, Duration.ZERO, clock);
        off.remember("admin", "s3cret-pass", off.mark());
        assertThat(off.lookup("admin", "s3cret-pass")).isEmpty();
    }
}
