package io.ohmvision.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionLogTest {

    private final MovableClock clock = new MovableClock();
    private final List<String> lines = new ArrayList<>();
    private final RejectionLog log = new RejectionLog(clock, Duration.ofMinutes(10), lines::add);

    @Test
    void aSenderIsReportedOncePerPeriodWithWhatWasDroppedSilently() {
        for (int i = 0; i < 500; i++) {
            log.rejected("10.0.0.9:6900", RelaySeal.Verdict.BAD_SIGNATURE);
        }
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("10.0.0.9:6900").contains("OHMVISION_CREDENTIALS_KEY")
                .contains("at most every 10 min");

        clock.advance(Duration.ofMinutes(10));
        log.rejected("10.0.0.9:6900", RelaySeal.Verdict.REPLAYED);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("a replay").contains("and 499 more from it since the last report");
    }

    @Test
    void eachSenderIsReportedOnItsOwn() {
        log.rejected("10.0.0.9:6900", RelaySeal.Verdict.BAD_SIGNATURE);
        log.rejected("10.0.0.8:6900", RelaySeal.Verdict.OUTSIDE_WINDOW);
        log.rejected("10.0.0.8:6900", RelaySeal.Verdict.OUTSIDE_WINDOW);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("10.0.0.8:6900").contains("clocks");
    }
}
