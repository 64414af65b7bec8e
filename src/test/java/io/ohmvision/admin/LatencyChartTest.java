package io.ohmvision.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyChartTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:30:00Z");

    @Test
    void drawsARangeAndAnAveragePointForEachHourWithChecks() {
        String svg = LatencyChart.svg(List.of(
                new LatencyChart.Hour(Instant.parse("2026-11-25T11:00:00Z"), 60, 0, 20L, 40L, 80L),
                new LatencyChart.Hour(Instant.parse("2026-11-25T12:00:00Z"), 30, 0, 30L, 50L, 400L)), NOW, 24);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(count(svg, "class=\"range\"")).isEqualTo(2);
        assertThat(svg).contains("<polyline class=\"average\"").contains("12:00 UTC: 30 checks, 30-400 ms");
        assertThat(svg).contains(">400 ms</text>").as("the scale reaches the slowest check");
        assertThat(svg).doesNotContain("class=\"failures\"");
    }

    @Test
    void marksHoursWithFailuresAndSaysWhenNothingWorked() {
        String svg = LatencyChart.svg(List.of(
                new LatencyChart.Hour(Instant.parse("2026-11-25T10:00:00Z"), 5, 5, null, null, null)), NOW, 24);
        assertThat(svg).contains("class=\"failures\"").contains("5 of 5 checks failed");
        assertThat(svg).contains("No successful check in this window").doesNotContain("<polyline");
    }

    @Test
    void leavesOutHoursOutsideTheWindow() {
        String svg = LatencyChart.svg(List.of(new LatencyChart.Hour(NOW.minus(Duration.ofHours(30)), 1, 0, 10L, 10L,
                10L)), NOW, 24);
        assertThat(svg).doesNotContain("class=\"range\"");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
