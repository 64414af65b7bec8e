package io.ohmvision.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A stretch of time during which a camera was online, or offline for a cause. Open while {@code endedAt} is null. */
@Entity
@Table(name = "availability_intervals")
@NamedQuery(name = AvailabilityInterval.OPEN,
        query = "select i from AvailabilityInterval i where i.cameraId = :camera and i.endedAt is null")
@NamedQuery(name = AvailabilityInterval.TOUCHING, query = "select i from AvailabilityInterval i where i.cameraId = "
        + ":camera and (i.endedAt is null or i.endedAt > :from) and i.startedAt < :to order by i.startedAt")
@NamedQuery(name = AvailabilityInterval.ALL_TOUCHING, query = "select i from AvailabilityInterval i where "
        + "(i.endedAt is null or i.endedAt > :from) and i.startedAt < :to")
@NamedQuery(name = AvailabilityInterval.PRUNE,
        query = "delete from AvailabilityInterval i where i.endedAt is not null and i.endedAt < :before")
public class AvailabilityInterval {

    public static final String OPEN = "AvailabilityInterval.open";
    public static final String TOUCHING = "AvailabilityInterval.touching";
    public static final String ALL_TOUCHING = "AvailabilityInterval.allTouching";
    public static final String PRUNE = "AvailabilityInterval.prune";

    @Id
    @SequenceGenerator(name = "availability_intervals_seq", sequenceName = "availability_intervals_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "availability_intervals_seq")
    private Long id;
    @Column(name = "camera_id", nullable = false)
    private long cameraId;
    @Column(nullable = false)
    private boolean up;
    private String cause;
    @Column(length = 1024)
    private String reason;
    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;
    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected AvailabilityInterval() {
    }

    public AvailabilityInterval(long cameraId, boolean up, HealthCause cause, String reason, Instant startedAt) {
        this.cameraId = cameraId;
        this.up = up;
        this.cause = cause == null ? null : cause.name();
        this.reason = reason == null ? null : CameraHealth.truncate(reason);
        this.startedAt = CameraHealth.time(startedAt);
    }

    public long cameraId() {
        return cameraId;
    }

    /** Closes the interval; never before it started (an outage dated from its first failure may precede "now"). */
    public void endAt(Instant end) {
        Instant start = startedAt.toInstant();
        endedAt = CameraHealth.time(end.isBefore(start) ? start : end);
    }

    public Uptime.Interval toInterval() {
        return new Uptime.Interval(up, cause == null ? null : HealthCause.valueOf(cause), reason, startedAt.toInstant(),
                CameraHealth.instant(endedAt));
    }
}
