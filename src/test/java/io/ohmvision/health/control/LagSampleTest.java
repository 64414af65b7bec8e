package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagSampleTest {

    @Test
    void emptySampleHasNoLag() {
        assertThat(new LagSample(10).p99()).isZero();
    }

    @Test
    void p99IsTheNearestRankOfTheKeptLags() {
        LagSample sample = new LagSample(1000);
        for (int lag = 1; lag <= 200; lag++) {
            sample.add(lag);
        }
        assertThat(sample.p99()).isEqualTo(198);
    }

    @Test
    void aSingleLagIsItsOwnP99() {
        LagSample sample = new LagSample(10);
        sample.add(42);
        assertThat(sample.p99()).isEqualTo(42);
    }

    @Test
    void oldLagsLeaveTheRingWhenItIsFull() {
        LagSample sample = new LagSample(100);
        for (int i = 0; i < 100; i++) {
            sample.add(60_000);
        }
        for (int i = 0; i < 100; i++) {
            sample.add(5);
        }
        assertThat(sample.p99()).isEqualTo(5);
    }
}
