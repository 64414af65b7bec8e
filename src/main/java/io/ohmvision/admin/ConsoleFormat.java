package io.ohmvision.admin;

import io.ohmvision.cameras.entity.HealthLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times, durations, percentages and levels as the console shows them (#{format.ago(...)} in the pages). */
@Named("format")
@ApplicationScoped
public class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Clock clock;

    public String time(Object instant) {
        Instant at = instantOf(instant);
        return at == null ? "—" : TIME.format(at);
    }

    /** "5 min ago" */
    public String ago(Object instant) {
        Instant at = instantOf(instant);
        return at == null ? "—" : duration(Duration.between(at, clock.instant()).toSeconds()) + " ago";
    }

    /** "1 h 5 min", "42 s" */
    public String duration(long seconds) {
        long s = Math.max(0, seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        if (s < 86_400) {
            return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
        }
        return s / 86_400 + " d" + (s % 86_400 / 3600 == 0 ? "" : " " + s % 86_400 / 3600 + " h");
    }

    public String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f %%", value);
    }

    public String millis(Long value) {
        return value == null ? "—" : value + " ms";
    }

    /** "Excellent" */
    public String level(Object level) {
        String name = level instanceof HealthLevel h ? h.wireName() : String.valueOf(level);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static Instant instantOf(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }
}
