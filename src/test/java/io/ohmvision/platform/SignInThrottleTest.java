package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.platform.SignInThrottle.Limit;
import io.ohmvision.platform.SignInThrottle.Settings;
import io.ohmvision.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String ADMIN_DESK = "198.51.100.20";

    private final MovableClock clock = new MovableClock();
    /** The defaults: 10 free per address (up to 15 min), 20 per account (up to 1 min), 5 per pair (up to 15 min). */
    private final SignInThrottle throttle = new SignInThrottle(new Settings(new Limit(10, Duration.ofMinutes(15)),
            new Limit(20, Duration.ofMinutes(1)), new Limit(5, Duration.ofMinutes(15)), Duration.ofSeconds(1),
            Duration.ofHours(1), 100), clock);

    @Test
    void theFirstFailuresAreFreeThenEachDoublesTheWaitUpToTheLongest() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitBefore(ATTACKER, "admin")).isEmpty();
            throttle.failed(ATTACKER, "admin");
        }
        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEmpty();
        throttle.failed(ATTACKER, "admin");
        assertThat(throttle.waitBefore(ATTACKER, "admin")).contains(Duration.ofSeconds(1));

        Duration longest = Duration.ZERO;
        for (int i = 0; i < 30; i++) {
            clock.advance(throttle.waitBefore(ATTACKER, "admin").orElse(Duration.ZERO));
            throttle.failed(ATTACKER, "admin");
            Duration wait = throttle.waitBefore(ATTACKER, "admin").orElseThrow();
            assertThat(wait).isGreaterThanOrEqualTo(longest);
            longest = wait;
        }
        assertThat(longest).isEqualTo(Duration.ofMinutes(15));
        clock.advance(longest);
        assertThat(throttle.waitBefore(ATTACKER, "admin")).as("never locked for good").isEmpty();
    }

    @Test
    void anAddressGuessingManyAccountsIsThrottledAsAWhole() {
        for (int i = 0; i < 11; i++) {
            throttle.failed(ATTACKER, "user" + i);
        }
        assertThat(throttle.waitBefore(ATTACKER, "someone-else")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(ADMIN_DESK, "someone-else")).isEmpty();
    }

    @Test
    void guessesFromEverywhereSlowTheAccountButNotWhereItsOwnerSignedInBefore() {
        throttle.succeeded(ADMIN_DESK, "admin");
        for (int i = 0; i < 60; i++) {
            throttle.failed("203.0.113." + i, "admin");
        }
        assertThat(throttle.waitBefore("192.0.2.1", "admin")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.waitBefore(ADMIN_DESK, "admin")).as("the admin's own desk").isEmpty();
    }

    @Test
    void aSuccessClearsItsAddressButAnotherAccountsGuessesStillCount() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(ATTACKER, "admin");
        }
        clock.advance(Duration.ofMinutes(20));
        throttle.succeeded(ATTACKER, "viewer"); // the attacker's own, valid account
        assertThat(throttle.waitBefore(ATTACKER, "viewer")).isEmpty();
        throttle.failed(ATTACKER, "admin");
        assertThat(throttle.waitBefore(ATTACKER, "admin")).as("the pair still counts").isPresent();
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(ATTACKER, "admin");
        }
        clock.advance(Duration.ofHours(1));
        throttle.failed(ATTACKER, "admin");
        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEmpty();
    }

    @Test
    void rotatingNamesAndAddressesNeverGrowsPastTheTrackedNumber() {
        for (int i = 0; i < 10_000; i++) {
            throttle.failed("10.0." + (i / 256) + "." + (i % 256), "name" + i);
        }
        assertThat(throttle).extracting("sources", "accounts", "pairs")
                .allSatisfy(map -> assertThat(((ExpiringMap<?, ?>) map).size()).isLessThanOrEqualTo(100));
    }

    @Test
    void aThrottledAddressIsLoggedOncePerWindow() {
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SignInThrottle.class.getName());
        logger.addHandler(handler);
        try {
            for (int i = 0; i < 200; i++) {
                clock.advance(throttle.waitBefore(ATTACKER, "admin" + i).orElse(Duration.ZERO));
                throttle.failed(ATTACKER, "admin" + i);
            }
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(lines).hasSizeBetween(1, 1 + (int) (clock.instant().getEpochSecond()
                - Instant.parse("2026-11-26T00:00:00Z").getEpochSecond()) / 3600);
        assertThat(lines.get(0)).contains(ATTACKER).contains("11 failures");
    }

    @Test
    void anIpv6HostIsItsSlash64() {
        assertThat(SignInThrottle.sourceOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInThrottle.sourceOf("2001:db8:1:2::1")).isEqualTo(SignInThrottle.sourceOf("2001:db8:1:2::2"));
        assertThat(SignInThrottle.sourceOf("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(SignInThrottle.sourceOf("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void aNameTooLongForAnyAccountIsCountedWithoutBeingKept() {
        String huge = "x".repeat(100_000);
        for (int i = 0; i < 6; i++) {
            throttle.failed(ATTACKER, huge + i);
        }
        Optional<Duration> wait = throttle.waitBefore(ATTACKER, huge);
        assertThat(wait).as("all long names are one pair with the address").isPresent();
    }
}
