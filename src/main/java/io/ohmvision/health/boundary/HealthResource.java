package io.ohmvision.health.boundary;

import io.ohmvision.cameras.control.CameraDetails;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.video.DecodePool;
import io.ohmvision.cluster.control.ClusterMembership;
import io.ohmvision.health.control.CameraState;
import io.ohmvision.health.control.CheckLane;
import io.ohmvision.health.control.CheckStatistics;
import io.ohmvision.health.control.Fleet;
import io.ohmvision.health.control.HealthCheck;
import io.ohmvision.health.control.HealthQueries;
import io.ohmvision.health.control.HealthSettings;
import io.ohmvision.health.control.NodeIdentity;
import io.ohmvision.health.control.SchedulerHeartbeat;
import io.ohmvision.health.entity.Uptime;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.QueryParameters;
import io.ohmvision.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Health of the fleet and of each camera: now, reconnection, uptime history, outages; check and reconnect. */
@Path("health")
@Tag(name = "health", description = "Health monitoring: levels, causes, reconnection, uptime and outages")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final int WORST = 10;
    private static final int MAX_DAYS = 90;

    @Inject
    HealthQueries queries;

    @Inject
    HealthCheck check;

    @Inject
    SchedulerHeartbeat heartbeat;

    @Inject
    HealthSettings settings;

    @Inject
    CheckStatistics statistics;

    @Inject
    NodeIdentity node;

    @Inject
    ClusterMembership cluster;

    @Inject
    FleetStatusCache statusCache;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("status")
    @Operation(operationId = "getFleetStatus", summary = "The fleet at a glance",
            description = "Counts per level, fleet uptime over 24 h and 30 days, cameras offline now with cause and "
                    + "since when, the worst cameras by 30-day uptime, checks per minute and scheduler state (of the "
                    + "member answering), the cluster: its members and how many cameras each checks, and the member's "
                    + "video decoders. Computed at most once per ohmvision.health.status-cache (1 s): many clients "
                    + "polling cost one computation")
    @APIResponse(responseCode = "200", description = "Counts per level, uptime and this node's checks",
            content = @Content(schema = @Schema(ref = "FleetStatus")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    public HealthViews.FleetStatus status() {
        return statusCache.get(this::fleetStatus);
    }

    private HealthViews.FleetStatus fleetStatus() {
        Fleet fleet = queries.fleet();
        Map<String, Long> counts = new LinkedHashMap<>();
        fleet.countsByLevel().forEach((level, count) -> counts.put(level.wireName(), count));
        List<HealthViews.CameraUptime> worst = fleet.worst(WORST).stream()
                .map(u -> new HealthViews.CameraUptime(u.camera().camera().getId(), u.camera().camera().getName(),
                        u.uptime(), u.camera().state().level().wireName()))
                .toList();
        return new HealthViews.FleetStatus(fleet.cameras().size(), (int) fleet.enabled(), heartbeat.monitored(),
                counts, fleet.uptime(Duration.ofHours(24)), fleet.uptime(Fleet.HISTORY),
                fleet.offline().stream().map(HealthViews.CameraHealthView::of).toList(), worst,
                statistics.lastMinute(), statistics.total(), statistics.lagP99Millis(CheckLane.WATCH),
                statistics.lagP99Millis(CheckLane.RECOVERY), heartbeat.isAlive(),
                settings.interval().toSeconds(), node.name(),
                cluster(fleet.cameras()), HealthViews.DecodersView.of(DecodePool.shared(),
                        statistics.deepChecksSkipped()));
    }

    private HealthViews.ClusterView cluster(List<CameraState> all) {
        if (!cluster.clustered()) {
            return HealthViews.ClusterView.alone(node.name(), heartbeat.monitored());
        }
        List<Long> monitored = all.stream().map(CameraState::camera)
                .filter(c -> c.isEnabled() && c.getPrimaryStreamUrl() != null).map(CameraDetails::getId).toList();
        return HealthViews.ClusterView.of(cluster.name(), cluster.members(), cluster.sharesOf(monitored));
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("cameras")
    @Operation(operationId = "listCameraHealth",
            summary = "Every camera's health now, or only the cameras at one level",
            description = "By name. level=offline answers which cameras are dark without downloading the fleet")
    @APIResponse(responseCode = "200", description = "Each camera's health",
            content = @Content(schema = @Schema(implementation = HealthViews.CameraHealthView[].class)))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    public List<HealthViews.CameraHealthView> cameras(
            @Parameter(description = "Only cameras at this level: unknown, excellent, good, fair, poor, offline",
                    example = "offline") @QueryParam("level") String level) {
        return QueryParameters.oneOf("level", level, HealthLevel::fromWireName, HealthLevel.allWireNames())
                .map(queries::withLevel).orElseGet(queries::all).stream().map(HealthViews.CameraHealthView::of)
                .toList();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("cameras/{id}")
    @Operation(operationId = "getCameraHealth", summary = "One camera's health now")
    @APIResponse(responseCode = "200", description = "The camera's health",
            content = @Content(schema = @Schema(ref = "CameraHealth")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public HealthViews.CameraHealthView camera(@PathParam("id") long id) {
        return HealthViews.CameraHealthView.of(state(id));
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("cameras/{id}/reconnection")
    @Operation(operationId = "getReconnection", summary = "One camera's reconnection state",
            description = "Mode (NONE, BACKOFF, COOLDOWN, WAITING_FOR_CREDENTIALS, WAITING_FOR_CHANGE), attempts, next attempt")
    @APIResponse(responseCode = "200", description = "The camera's reconnection state",
            content = @Content(schema = @Schema(ref = "Reconnection")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public HealthViews.ReconnectionView reconnection(@PathParam("id") long id) {
        return HealthViews.ReconnectionView.of(state(id), settings.reconnectPolicy());
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("cameras/{id}/check-now")
    @Operation(operationId = "checkCameraNow",
            summary = "Check a camera now", description = "Runs the health check at once and answers its result")
    @APIResponse(responseCode = "200", description = "The camera's health after the check",
            content = @Content(schema = @Schema(ref = "CameraHealth")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    public HealthViews.CameraHealthView checkNow(@PathParam("id") long id) {
        state(id);
        check.now(id).orElseThrow(() -> ProblemException.conflict(
                "Camera " + id + " has no primary stream URL to check"));
        return camera(id);
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("cameras/{id}/reconnect")
    @Operation(operationId = "reconnectCamera", summary = "Force a reconnect",
            description = "Forgets the backoff (also after wrong credentials), checks at once, and restarts the "
                    + "automatic attempts from the first delay if that check fails")
    @APIResponse(responseCode = "200", description = "The camera's reconnection state after the forced attempt",
            content = @Content(schema = @Schema(ref = "Reconnection")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    public HealthViews.ReconnectionView reconnect(@PathParam("id") long id) {
        state(id);
        check.reconnect(id).orElseThrow(() -> ProblemException.conflict(
                "Camera " + id + " has no primary stream URL to reconnect to"));
        return reconnection(id);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("cameras/{id}/uptime")
    @Operation(operationId = "getCameraUptime", summary = "Exact uptime over the last days, with a per-day breakdown",
            description = "Computed from stored online/offline intervals, not from samples")
    @APIResponse(responseCode = "200", description = "The camera's uptime over the window asked for",
            content = @Content(schema = @Schema(ref = "Uptime")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public HealthViews.UptimeView uptime(@PathParam("id") long id,
            @Parameter(description = "1 to 90, default 30", example = "30") @QueryParam("days") String days) {
        state(id);
        int window = QueryParameters.integer("days", days, 30, 1, MAX_DAYS);
        Instant now = queries.now();
        Instant from = now.minus(Duration.ofDays(window));
        List<Uptime.Interval> intervals = queries.intervals(id, from, now);
        Uptime.Report report = Uptime.over(intervals, from, now);
        List<HealthViews.DayView> daily = Uptime.daily(intervals, now, window).stream()
                .map(d -> new HealthViews.DayView(d.day(), d.percentage())).toList();
        return new HealthViews.UptimeView(id, window, from, now, report.upSeconds(), report.downSeconds(),
                report.percentage(), daily);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("cameras/{id}/outages")
    @Operation(operationId = "listCameraOutages",
            summary = "Outage timeline: start, end, duration, cause; newest first")
    @APIResponse(responseCode = "200", description = "The outages, newest first",
            content = @Content(schema = @Schema(implementation = Uptime.Outage[].class)))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public List<Uptime.Outage> outages(@PathParam("id") long id,
            @Parameter(description = "1 to 90, default 30", example = "30") @QueryParam("days") String days) {
        state(id);
        Instant now = queries.now();
        Instant from = now.minus(Duration.ofDays(QueryParameters.integer("days", days, 30, 1, MAX_DAYS)));
        return Uptime.outages(queries.intervals(id, from, now), from, now).stream()
                .map(o -> new Uptime.Outage(o.start(), o.end(), o.durationSeconds(), o.cause(),
                        io.ohmvision.channels.StreamUrl.mask(o.reason()), o.ongoing()))
                .toList();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("cameras/{id}/latency")
    @Operation(operationId = "getCameraLatency",
            summary = "Per-hour latency: checks, failures, min/avg/max of the successful checks")
    @APIResponse(responseCode = "200", description = "Hourly latency over the window asked for",
            content = @Content(schema = @Schema(implementation = HealthViews.LatencyView[].class)))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public List<HealthViews.LatencyView> latency(@PathParam("id") long id,
            @Parameter(description = "1 to 720, default 24", example = "24") @QueryParam("hours") String hours) {
        state(id);
        Instant from = queries.now().minus(Duration.ofHours(QueryParameters.integer("hours", hours, 24, 1, 720)));
        return queries.latency(id, from).stream().map(HealthViews.LatencyView::of).toList();
    }

    private CameraState state(long id) {
        return queries.one(id).orElseThrow(() -> ProblemException.notFound("No camera with id " + id));
    }

}
