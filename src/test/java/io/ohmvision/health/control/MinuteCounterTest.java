package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinuteCounterTest {

    private static final long T0 = 1_790_000_000_000L;
    private final MinuteCounter counter = new MinuteCounter();

    @Test
    void nothingCountedIsZeroEvenAtTheStartOfTheEpoch() {
        assertThat(counter.lastMinute(0)).isZero();
        assertThat(counter.lastMinute(T0)).isZero();
    }

    @Test
    void countsEveryEventOfTheLastSixtySeconds() {
        for (int second = 0; second < 60; second++) {
            counter.add(T0 + second * 1000L);
            counter.add(T0 + second * 1000L + 999);
        }
        assertThat(counter.lastMinute(T0 + 59_500)).isEqualTo(120);
    }

    @Test
    void forgetsEventsOlderThanAMinute() {
        counter.add(T0);
        counter.add(T0 + 30_000);
        assertThat(counter.lastMinute(T0 + 59_999)).isEqualTo(2);
        assertThat(counter.lastMinute(T0 + 60_000)).isEqualTo(1);
        assertThat(counter.lastMinute(T0 + 90_000)).isZero();
    }

    @Test
    void aSlotReusedAMinuteLaterStartsFromZero() {
        counter.add(T0);
        counter.add(T0);
        counter.add(T0 + 60_000);
        assertThat(counter.lastMinute(T0 + 60_000)).isEqualTo(1);
    }

    @Test
    void eventsAfterTheQueriedSecondAreNotCounted() {
        counter.add(T0 + 5_000);
        assertThat(counter.lastMinute(T0)).isZero();
    }
}
