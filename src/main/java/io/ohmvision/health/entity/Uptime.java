package io.ohmvision.health.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact uptime over a window from stored availability intervals: the time online divided by the time whose state is
 * known (before the first check, or while disabled, nothing is known and nothing counts).
 */
public final class Uptime {

    private Uptime() {
    }

    /** One stored interval; {@code end} null while it is still open. */
    public record Interval(boolean up, HealthCause cause, String reason, Instant start, Instant end) {
    }

    /** An offline period as shown to an operator. */
    public record Outage(Instant start, Instant end, long durationSeconds, HealthCause cause, String reason,
            boolean ongoing) {
    }

    /** @param percentage null when nothing is known about the window */
    public record Report(Instant from, Instant to, long upSeconds, long downSeconds, Double percentage) {
    }

    public static Report over(List<Interval> intervals, Instant from, Instant to) {
        long upMillis = 0;
        long downMillis = 0;
        for (Interval interval : intervals) {
            long overlap = overlapMillis(interval, from, to);
            if (interval.up()) {
                upMillis += overlap;
            } else {
                downMillis += overlap;
            }
        }
        long known = upMillis + downMillis;
        Double percentage = known == 0 ? null : Math.round(upMillis * 100_000.0 / known) / 1000.0;
        return new Report(from, to, upMillis / 1000, downMillis / 1000, percentage);
    }

    /** One UTC day's uptime (null when nothing is known), for an uptime bar. */
    public record Day(LocalDate day, Double percentage) {
    }

    /** The uptime of each of the last {@code days} UTC days, the current (partial) day last. */
    public static List<Day> daily(List<Interval> intervals, Instant now, int days) {
        List<Day> daily = new ArrayList<>();
        for (Instant dayStart = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days - 1L));
             !dayStart.isAfter(now); dayStart = dayStart.plus(Duration.ofDays(1))) {
            Instant dayEnd = dayStart.plus(Duration.ofDays(1));
            daily.add(new Day(LocalDate.ofInstant(dayStart, ZoneOffset.UTC),
                    over(intervals, dayStart, dayEnd.isAfter(now) ? now : dayEnd).percentage()));
        }
        return daily;
    }

    /** The offline intervals that touch the window, newest first, clipped to the window's end. */
    public static List<Outage> outages(List<Interval> intervals, Instant from, Instant to) {
        List<Outage> outages = new ArrayList<>();
        for (Interval interval : intervals) {
            if (!interval.up() && overlapMillis(interval, from, to) > 0) {
                Instant end = interval.end() == null ? to : interval.end();
                outages.add(new Outage(interval.start(), interval.end(),
                        Duration.between(interval.start(), end).toSeconds(), interval.cause(), interval.reason(),
                        interval.end() == null));
            }
        }
        outages.sort((a, b) -> b.start().compareTo(a.start()));
        return outages;
    }

    private static long overlapMillis(Interval interval, Instant from, Instant to) {
        Instant start = interval.start().isAfter(from) ? interval.start() : from;
        Instant end = interval.end() == null || interval.end().isAfter(to) ? to : interval.end();
        return Math.max(0, Duration.between(start, end).toMillis());
    }
}
