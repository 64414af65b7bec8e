package io.ohmvision.health.entity;

import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A camera's live health and reconnection state, stored so that both survive a restart. */
@Entity
@Table(name = "camera_health")
@NamedQuery(name = CameraHealth.OF_CAMERAS, query = "select h from CameraHealth h where h.cameraId in :ids")
public class CameraHealth {

    public static final String OF_CAMERAS = "CameraHealth.ofCameras";

    @Id
    @Column(name = "camera_id")
    private long cameraId;
    @Column(nullable = false)
    private String level;
    private String cause;
    @Column(length = 1024)
    private String reason;
    @Column(name = "level_since")
    private OffsetDateTime levelSince;
    @Column(name = "first_failure_at")
    private OffsetDateTime firstFailureAt;
    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;
    @Column(name = "reconnect_mode", nullable = false)
    private String reconnectMode;
    @Column(name = "next_check_at")
    private OffsetDateTime nextCheckAt;
    @Column(name = "last_check_at")
    private OffsetDateTime lastCheckAt;
    @Column(name = "last_latency_ms")
    private Long lastLatencyMillis;
    @Column(name = "last_outcome")
    private String lastOutcome;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "uptime_computed_at")
    private OffsetDateTime uptimeComputedAt;
    @Version
    private long version;

    protected CameraHealth() {
    }

    public CameraHealth(long cameraId) {
        this.cameraId = cameraId;
        store(HealthSnapshot.unknown(), null);
    }

    public long cameraId() {
        return cameraId;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public HealthSnapshot snapshot() {
        return new HealthSnapshot(HealthLevel.fromWireName(level).orElse(HealthLevel.UNKNOWN),
                cause == null ? null : HealthCause.valueOf(cause), reason,
                instant(levelSince), instant(firstFailureAt), consecutiveFailures,
                ReconnectMode.valueOf(reconnectMode), instant(nextCheckAt), instant(lastCheckAt), lastLatencyMillis,
                outcome(lastOutcome));
    }

    public void store(HealthSnapshot snapshot, String node) {
        level = snapshot.level().wireName();
        cause = snapshot.cause() == null ? null : snapshot.cause().name();
        reason = snapshot.reason() == null ? null : truncate(snapshot.reason());
        levelSince = time(snapshot.levelSince());
        firstFailureAt = time(snapshot.firstFailureAt());
        consecutiveFailures = snapshot.consecutiveFailures();
        reconnectMode = snapshot.mode().name();
        nextCheckAt = time(snapshot.nextCheckAt());
        lastCheckAt = time(snapshot.lastCheckAt());
        lastLatencyMillis = snapshot.lastLatencyMillis();
        lastOutcome = snapshot.lastOutcome() == null ? null : snapshot.lastOutcome().name();
        checkedBy = node;
    }

    /** Whether the camera's 30-day uptime was never computed, or longer ago than {@code every} before now. */
    public boolean uptimeDue(Instant now, Duration every) {
        return uptimeComputedAt == null || !now.isBefore(uptimeComputedAt.toInstant().plus(every));
    }

    public void uptimeComputed(Instant at) {
        uptimeComputedAt = time(at);
    }

    static String truncate(String text) {
        return text.length() <= 1024 ? text : text.substring(0, 1021) + "...";
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static Outcome outcome(String name) {
        return name == null ? null : Outcome.valueOf(name);
    }
}
