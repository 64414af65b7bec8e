package io.ohmvision.health.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UptimeTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private static Instant h(long hours) {
        return T0.plusSeconds(hours * 3600);
    }

    private final List<Uptime.Interval> intervals = List.of(
            new Uptime.Interval(true, null, null, h(0), h(10)),
            new Uptime.Interval(false, HealthCause.REFUSED, "refused", h(10), h(12)),
            new Uptime.Interval(true, null, null, h(12), h(20)),
            new Uptime.Interval(false, HealthCause.TIMEOUT, "timeout", h(20), null));

    @Test
    void uptimeIsExactOverTheKnownTime() {
        Uptime.Report day = Uptime.over(intervals, h(0), h(24));
        assertThat(day.upSeconds()).isEqualTo(18 * 3600);
        assertThat(day.downSeconds()).isEqualTo(6 * 3600);
        assertThat(day.percentage()).isEqualTo(75.0);
    }

    @Test
    void aWindowCutsIntervalsAtItsEdges() {
        assertThat(Uptime.over(intervals, h(9), h(13)).percentage()).isEqualTo(50.0);
        assertThat(Uptime.over(intervals, h(-5), h(1)).percentage()).isEqualTo(100.0);
    }

    @Test
    void nothingKnownIsNoPercentageRatherThanZero() {
        assertThat(Uptime.over(List.of(), h(0), h(24)).percentage()).isNull();
        assertThat(Uptime.over(intervals, h(-10), h(-1)).percentage()).isNull();
    }

    @Test
    void outagesAreListedNewestFirstWithTheOngoingOneOpen() {
        List<Uptime.Outage> outages = Uptime.outages(intervals, h(0), h(24));
        assertThat(outages).hasSize(2);
        assertThat(outages.get(0).cause()).isEqualTo(HealthCause.TIMEOUT);
        assertThat(outages.get(0).ongoing()).isTrue();
        assertThat(outages.get(0).durationSeconds()).isEqualTo(4 * 3600);
        assertThat(outages.get(1).durationSeconds()).isEqualTo(2 * 3600);
        assertThat(outages.get(1).end()).isEqualTo(h(12));
    }
}
