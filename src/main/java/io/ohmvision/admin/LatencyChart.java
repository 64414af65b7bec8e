package io.ohmvision.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A latency chart drawn on the server as SVG: one column per hour of the window, a bar from the hour's fastest to
 * its slowest check, a line through the averages, and a red mark under hours with failed checks. Plain SVG needs
 * no chart library in the browser and can be tested as text.
 */
public final class LatencyChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 200;
    private static final int LEFT = 48;
    private static final int BOTTOM = 24;
    private static final int TOP = 10;

    /** One hour's checks; latencies null when no check of the hour worked. */
    public record Hour(Instant start, int checks, int failures, Long min, Long average, Long max) {
    }

    private LatencyChart() {
    }

    /** @param hours the hours with checks, in any order; hours without checks stay empty */
    public static String svg(List<Hour> hours, Instant now, int hoursShown) {
        Instant first = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hoursShown - 1L));
        long top = Math.max(100, hours.stream().filter(h -> h.max() != null).mapToLong(Hour::max).max().orElse(0));
        double slot = (WIDTH - LEFT) / (double) hoursShown;
        double plot = HEIGHT - BOTTOM - TOP;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"latency-chart\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-label=\"Latency per hour, last %d hours\">", WIDTH, HEIGHT, hoursShown));
        axis(svg, top, plot);
        StringBuilder line = new StringBuilder();
        for (Hour hour : hours) {
            long index = Duration.between(first, hour.start().truncatedTo(ChronoUnit.HOURS)).toHours();
            if (index < 0 || index >= hoursShown) {
                continue;
            }
            double x = LEFT + slot * index + slot / 2;
            if (hour.average() != null) {
                svg.append(String.format(Locale.ROOT, "<line class=\"range\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" "
                                + "y2=\"%.1f\" stroke=\"#93c5fd\" stroke-width=\"%.1f\"><title>%s: %d checks, "
                                + "%d-%d ms, average %d ms</title></line>", x, x, y(hour.max(), top, plot),
                        y(hour.min(), top, plot), Math.max(2, slot * 0.6), label(hour.start()), hour.checks(),
                        hour.min(), hour.max(), hour.average()));
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(hour.average(), top, plot)));
            }
            if (hour.failures() > 0) {
                svg.append(String.format(Locale.ROOT, "<rect class=\"failures\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                                + "height=\"4\" fill=\"#b91c1c\"><title>%s: %d of %d checks failed</title></rect>",
                        x - slot * 0.3, HEIGHT - BOTTOM + 2, slot * 0.6, label(hour.start()), hour.failures(),
                        hour.checks()));
            }
        }
        if (!line.isEmpty()) {
            svg.append("<polyline class=\"average\" fill=\"none\" stroke=\"#1d4ed8\" stroke-width=\"2\" points=\"")
                    .append(line.toString().trim()).append("\"/>");
        } else {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#6b7280\">"
                    + "No successful check in this window</text>", (WIDTH + LEFT) / 2, HEIGHT / 2));
        }
        for (int i = 0; i < hoursShown; i += Math.max(1, hoursShown / 6)) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                    + "fill=\"#6b7280\">%s</text>", LEFT + slot * i + slot / 2, HEIGHT - 4,
                    label(first.plus(Duration.ofHours(i)))));
        }
        return svg.append("</svg>").toString();
    }

    private static void axis(StringBuilder svg, long top, double plot) {
        for (long value : new long[] {0, top / 2, top}) {
            double y = y(value, top, plot);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#6b7280\">%d ms</text>",
                    LEFT, WIDTH, y, y, LEFT - 4, y + 3, value));
        }
    }

    private static double y(long millis, long top, double plot) {
        return TOP + plot - plot * Math.min(millis, top) / top;
    }

    private static String label(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalTime().truncatedTo(ChronoUnit.MINUTES) + " UTC";
    }
}
