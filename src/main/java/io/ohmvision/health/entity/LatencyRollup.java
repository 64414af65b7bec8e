package io.ohmvision.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Checks of one camera in one hour: count, failures and min/avg/max latency of the successful ones. */
@Entity
@Table(name = "latency_rollups")
@IdClass(LatencyRollup.Key.class)
@NamedQuery(name = LatencyRollup.SINCE, query = "select r from LatencyRollup r where r.cameraId = :camera "
        + "and r.hourStart >= :from order by r.hourStart")
@NamedQuery(name = LatencyRollup.OF_HOUR, query = "select r from LatencyRollup r where r.cameraId in :ids "
        + "and r.hourStart = :hour")
@NamedQuery(name = LatencyRollup.PRUNE, query = "delete from LatencyRollup r where r.hourStart < :before")
public class LatencyRollup {

    public static final String SINCE = "LatencyRollup.since";
    public static final String PRUNE = "LatencyRollup.prune";
    public static final String OF_HOUR = "LatencyRollup.ofHour";

    /** Composite key: camera and hour. */
    public static class Key implements Serializable {
        private long cameraId;
        private OffsetDateTime hourStart;

        public Key() {
        }

        public Key(long cameraId, OffsetDateTime hourStart) {
            this.cameraId = cameraId;
            this.hourStart = hourStart;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.cameraId == cameraId && Objects.equals(k.hourStart, hourStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cameraId, hourStart);
        }
    }

    @Id
    @Column(name = "camera_id")
    private long cameraId;
    @Id
    @Column(name = "hour_start")
    private OffsetDateTime hourStart;
    @Column(nullable = false)
    private int checks;
    @Column(nullable = false)
    private int failures;
    @Column(name = "min_ms")
    private Long minMillis;
    @Column(name = "max_ms")
    private Long maxMillis;
    @Column(name = "total_ms", nullable = false)
    private long totalMillis;

    protected LatencyRollup() {
    }

    public LatencyRollup(long cameraId, Instant at) {
        this.cameraId = cameraId;
        this.hourStart = hourOf(at);
    }

    public static OffsetDateTime hourOf(Instant at) {
        return CameraHealth.time(at.truncatedTo(ChronoUnit.HOURS));
    }

    public void add(Long latencyMillis) {
        checks++;
        if (latencyMillis == null) {
            failures++;
            return;
        }
        minMillis = minMillis == null ? latencyMillis : Math.min(minMillis, latencyMillis);
        maxMillis = maxMillis == null ? latencyMillis : Math.max(maxMillis, latencyMillis);
        totalMillis += latencyMillis;
    }

    public OffsetDateTime hourStart() { return hourStart; }
    public int checks() { return checks; }
    public int failures() { return failures; }
    public Long minMillis() { return minMillis; }
    public Long maxMillis() { return maxMillis; }

    public Long averageMillis() {
        int successes = checks - failures;
        return successes == 0 ? null : totalMillis / successes;
    }
}
