package io.ohmvision.health.boundary;

import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.video.DecodePool;
import io.ohmvision.cluster.control.ClusterMembership;
import io.ohmvision.health.control.CameraState;
import io.ohmvision.health.control.HealthQueries;
import io.ohmvision.health.control.ReconnectPolicy;
import io.ohmvision.health.entity.Causes;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.LatencyRollup;
import io.ohmvision.health.entity.Uptime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the health API answers. Reasons are masked: they may quote a URL. The records carry no {@code @Schema} on
 * their components: Payara's OpenAPI scanner takes an annotated method whose name contains "set" (causeText reads
 * "cau-set-ext") for a setter and fails the whole document on its missing argument, so descriptions live in the
 * operations instead.
 */
public final class HealthViews {

    private HealthViews() {
    }

    /**
     * A camera's health now; {@code recorderId} and {@code recorderChannel} are set for a recorder's channel, null
     * otherwise.
     */
    @Schema(name = "CameraHealth")
    public record CameraHealthView(long cameraId, String name, boolean enabled,
            String level,
            String cause,
            String causeText,
            String reason,
            Instant since, Instant lastCheckAt, Long latencyMillis, int consecutiveFailures,
            String reconnectMode, Instant nextCheckAt,
            String checkedBy, String connectionType, Long recorderId, Integer recorderChannel) {

        static CameraHealthView of(CameraState s) {
            HealthSnapshot h = s.state();
            return new CameraHealthView(s.camera().getId(), s.camera().getName(), s.camera().isEnabled(),
                    h.level().wireName(), h.cause() == null ? null : h.cause().name(), Causes.describe(h.cause()),
                    StreamUrl.mask(h.reason()), h.levelSince(), h.lastCheckAt(), h.lastLatencyMillis(),
                    h.consecutiveFailures(), h.mode().name(), h.nextCheckAt(), s.checkedBy(),
                    s.camera().getConnectionType() == null ? null : s.camera().getConnectionType().wireName(),
                    s.camera().getRecorderId(), s.camera().getRecorderChannel());
        }
    }

    /** Where a camera stands in reconnection. */
    @Schema(name = "Reconnection")
    public record ReconnectionView(long cameraId, String mode, int attempts,
            int maxAttempts, int consecutiveFailures, Instant firstFailureAt, Instant nextAttemptAt, String cause,
            String explanation) {

        public static ReconnectionView of(CameraState s, ReconnectPolicy policy) {
            HealthSnapshot h = s.state();
            String explanation = switch (h.mode()) {
                case NONE -> "healthy: checked once per interval";
                case BACKOFF -> "reconnecting with exponential backoff (" + policy.initialDelay().toSeconds() + " s to "
                        + policy.maxDelay().toSeconds() + " s, at most " + policy.maxAttempts() + " attempts)";
                case COOLDOWN -> "automatic attempts used up: rechecked every " + policy.cooldown().toMinutes()
                        + " min; POST .../reconnect to try now";
                case WAITING_FOR_CREDENTIALS -> "wrong credentials: not retried (it would lock the camera's account);"
                        + " set new credentials or POST .../reconnect";
                case WAITING_FOR_CHANGE -> "not supported as configured (" + Causes.describe(h.cause()) + "): not "
                        + "retried until the camera is changed (its URL or connection type) or POST .../reconnect";
            };
            return new ReconnectionView(s.camera().getId(), h.mode().name(), h.reconnectAttempts(),
                    policy.maxAttempts(), h.consecutiveFailures(), h.firstFailureAt(), h.nextCheckAt(),
                    h.cause() == null ? null : h.cause().name(), explanation);
        }
    }

    /** Uptime of one camera over a window, with a per-day breakdown. */
    @Schema(name = "Uptime")
    public record UptimeView(long cameraId, int days, Instant from, Instant to, long upSeconds, long downSeconds,
            Double percentage,
            List<DayView> daily) {
    }

    /** One day of an uptime bar. */
    public record DayView(LocalDate day, Double percentage) {
    }

    /** Checks of one hour. */
    public record LatencyView(OffsetDateTime hourStart, int checks, int failures, Long minMillis, Long averageMillis,
            Long maxMillis) {
        static LatencyView of(LatencyRollup r) {
            return new LatencyView(r.hourStart(), r.checks(), r.failures(), r.minMillis(), r.averageMillis(),
                    r.maxMillis());
        }
    }

    /** One camera's uptime, for the worst-cameras list. */
    public record CameraUptime(long cameraId, String name, Double uptime30d, String level) {
    }

    /**
     * The fleet at a glance.
     *
     * @param startLagP99Millis         how late checks of cameras not known to be offline start (p99)
     * @param recoveryStartLagP99Millis how late rechecks of offline cameras start (p99), in their own bulkhead
     */
    @Schema(name = "FleetStatus")
    public record FleetStatus(int cameras, int enabled, int monitoredHere, Map<String, Long> countsByLevel,
            Double fleetUptime24h, Double fleetUptime30d, List<CameraHealthView> offline, List<CameraUptime> worst,
            long checksLastMinute, long checksTotal, long startLagP99Millis, long recoveryStartLagP99Millis,
            boolean schedulerAlive, long intervalSeconds, String node, ClusterView cluster, DecodersView decoders) {
    }

    /**
     * This member's video decoders (snapshots, deep probes, deep health checks): how many, how many requests may hold,
     * how many are held now and by how many threads, decodes refused since start, deep checks skipped for want of one.
     */
    @Schema(name = "Decoders")
    public record DecodersView(int size, int forRequests, int busy, int threads, long refused,
            long deepChecksSkipped) {

        static DecodersView of(DecodePool pool, long deepChecksSkipped) {
            return new DecodersView(pool.size(), pool.forRequests(), pool.busy(), pool.threads(), pool.refused(),
                    deepChecksSkipped);
        }
    }

    /** The instances sharing the fleet, each with how many monitored cameras it checks. */
    @Schema(name = "Cluster")
    public record ClusterView(boolean clustered, String name, List<MemberView> members) {

        /** Alone: this instance checks every monitored camera. */
        static ClusterView alone(String node, long monitored) {
            return new ClusterView(false, null, List.of(new MemberView(node, true, monitored)));
        }

        /** @param shares monitored cameras per member address, as the data grid assigns them now */
        static ClusterView of(String name, List<ClusterMembership.Member> members, Map<String, Long> shares) {
            return new ClusterView(true, name, members.stream().map(m -> new MemberView(m.address(), m.local(),
                    shares.getOrDefault(m.address(), 0L))).toList());
        }
    }

    /** One instance: its data grid address (its node name when alone), whether it answered this request. */
    public record MemberView(String member, boolean local, long cameras) {
    }

}
