package io.ohmvision.health.boundary;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.cluster.control.ClusterMembership;
import io.ohmvision.health.control.CheckStatistics;
import io.ohmvision.health.control.HealthQueries;
import io.ohmvision.health.control.HealthScheduler;
import io.ohmvision.health.control.HealthSettings;
import io.ohmvision.health.control.NodeIdentity;
import io.ohmvision.health.control.Uptime;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.QueryParameters;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Health of the fleet and of each camera: now, reconnection, uptime history, outages; check and reconnect. */
@Path("health")
@Tag(name = "health", description = "Health monitoring: levels, causes, reconnection, uptime and outages")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
public class HealthResource {

    private static final int WORST = 10;
    private static final int MAX_DAYS = 90;

    @Inject
    HealthQueries queries;

    @Inject
    HealthScheduler scheduler;

    @Inject
    HealthSettings settings;

    @Inject
    CheckStatistics statistics;

    @Inject
    NodeIdentity node;

    @Inject
    ClusterMembership cluster;

    @GET
    @Path("status")
    @Operation(summary = "The fleet at a glance",
            description = "Counts per level, fleet uptime over 24 h and 30 days, cameras offline now with cause and "
                    + "since when, the worst cameras by 30-day uptime, checks per minute and scheduler state (of the "
                    + "member answering), and the cluster: its members and how many cameras each checks")
    public HealthViews.FleetStatus status() {
        List<HealthQueries.CameraState> all = queries.all();
        Instant now = queries.now();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (HealthLevel level : HealthLevel.values()) {
            counts.put(level.wireName(), all.stream().filter(s -> s.camera().isEnabled())
                    .filter(s -> s.state().level() == level).count());
        }
        Map<Long, List<Uptime.Interval>> month = queries.fleetIntervals(now.minus(Duration.ofDays(30)), now);
        List<HealthViews.CameraHealthView> offline = all.stream()
                .filter(s -> s.camera().isEnabled() && s.state().level() == HealthLevel.OFFLINE)
                .sorted(Comparator.comparing(s -> s.state().levelSince(), Comparator.nullsLast(Comparator.naturalOrder())))
                .map(HealthViews.CameraHealthView::of).toList();
        List<HealthViews.CameraUptime> worst = all.stream()
                .map(s -> new HealthViews.CameraUptime(s.camera().getId(), s.camera().getName(),
                        Uptime.over(month.getOrDefault(s.camera().getId(), List.of()), now.minus(Duration.ofDays(30)),
                                now).percentage(), s.state().level().wireName()))
                .filter(u -> u.uptime30d() != null)
                .sorted(Comparator.comparing(HealthViews.CameraUptime::uptime30d)).limit(WORST).toList();
        return new HealthViews.FleetStatus(all.size(), (int) all.stream().filter(s -> s.camera().isEnabled()).count(),
                scheduler.rosterSize(), counts, fleetUptime(month, now.minus(Duration.ofHours(24)), now),
                fleetUptime(month, now.minus(Duration.ofDays(30)), now), offline, worst, statistics.lastMinute(),
                statistics.total(), statistics.lagP99Millis(), scheduler.isAlive(), settings.interval().toSeconds(),
                node.name(), cluster(all));
    }

    private HealthViews.ClusterView cluster(List<HealthQueries.CameraState> all) {
        if (!cluster.clustered()) {
            return HealthViews.ClusterView.alone(node.name(), scheduler.rosterSize());
        }
        List<Long> monitored = all.stream().map(HealthQueries.CameraState::camera)
                .filter(c -> c.isEnabled() && c.getPrimaryStreamUrl() != null).map(Camera::getId).toList();
        return HealthViews.ClusterView.of(cluster.name(), cluster.members(), cluster.sharesOf(monitored));
    }

    private static Double fleetUptime(Map<Long, List<Uptime.Interval>> intervals, Instant from, Instant to) {
        List<Uptime.Interval> all = intervals.values().stream().flatMap(List::stream).toList();
        return Uptime.over(all, from, to).percentage();
    }

    @GET
    @Path("cameras")
    @Operation(summary = "Every camera's health now")
    public List<HealthViews.CameraHealthView> cameras() {
        return queries.all().stream().map(HealthViews.CameraHealthView::of).toList();
    }

    @GET
    @Path("cameras/{id}")
    @Operation(summary = "One camera's health now")
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public HealthViews.CameraHealthView camera(@PathParam("id") long id) {
        return HealthViews.CameraHealthView.of(state(id));
    }

    @GET
    @Path("cameras/{id}/reconnection")
    @Operation(summary = "One camera's reconnection state",
            description = "Mode (NONE, BACKOFF, COOLDOWN, WAITING_FOR_CREDENTIALS), attempts, next attempt")
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public HealthViews.ReconnectionView reconnection(@PathParam("id") long id) {
        return HealthViews.ReconnectionView.of(state(id), settings.reconnectPolicy());
    }

    @POST
    @Path("cameras/{id}/check-now")
    @Operation(summary = "Check a camera now", description = "Runs the health check at once and answers its result")
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    public HealthViews.CameraHealthView checkNow(@PathParam("id") long id) {
        state(id);
        scheduler.checkNow(id).orElseThrow(() -> ProblemException.conflict(
                "Camera " + id + " has no primary stream URL to check"));
        return camera(id);
    }

    @POST
    @Path("cameras/{id}/reconnect")
    @Operation(summary = "Force a reconnect",
            description = "Forgets the backoff (also after wrong credentials), checks at once, and restarts the "
                    + "automatic attempts from the first delay if that check fails")
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    public HealthViews.ReconnectionView reconnect(@PathParam("id") long id) {
        state(id);
        scheduler.reconnect(id).orElseThrow(() -> ProblemException.conflict(
                "Camera " + id + " has no primary stream URL to reconnect to"));
        return reconnection(id);
    }

    @GET
    @Path("cameras/{id}/uptime")
    @Operation(summary = "Exact uptime over the last days, with a per-day breakdown",
            description = "Computed from stored online/offline intervals, not from samples")
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public HealthViews.UptimeView uptime(@PathParam("id") long id,
            @Parameter(description = "1 to 90, default 30", example = "30") @QueryParam("days") String days) {
        state(id);
        int window = QueryParameters.integer("days", days, 30, 1, MAX_DAYS);
        Instant now = queries.now();
        Instant from = now.minus(Duration.ofDays(window));
        List<Uptime.Interval> intervals = queries.intervals(id, from, now);
        Uptime.Report report = Uptime.over(intervals, from, now);
        List<HealthViews.DayView> daily = new ArrayList<>();
        for (Instant dayStart = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(window - 1L));
             !dayStart.isAfter(now); dayStart = dayStart.plus(Duration.ofDays(1))) {
            Instant dayEnd = dayStart.plus(Duration.ofDays(1));
            daily.add(new HealthViews.DayView(LocalDate.ofInstant(dayStart, ZoneOffset.UTC),
                    Uptime.over(intervals, dayStart, dayEnd.isAfter(now) ? now : dayEnd).percentage()));
        }
        return new HealthViews.UptimeView(id, window, from, now, report.upSeconds(), report.downSeconds(),
                report.percentage(), daily);
    }

    @GET
    @Path("cameras/{id}/outages")
    @Operation(summary = "Outage timeline: start, end, duration, cause; newest first")
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
    @Path("cameras/{id}/latency")
    @Operation(summary = "Per-hour latency: checks, failures, min/avg/max of the successful checks")
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public List<HealthViews.LatencyView> latency(@PathParam("id") long id,
            @Parameter(description = "1 to 720, default 24", example = "24") @QueryParam("hours") String hours) {
        state(id);
        Instant from = queries.now().minus(Duration.ofHours(QueryParameters.integer("hours", hours, 24, 1, 720)));
        return queries.latency(id, from).stream().map(HealthViews.LatencyView::of).toList();
    }

    private HealthQueries.CameraState state(long id) {
        return queries.one(id).orElseThrow(() -> ProblemException.notFound("No camera with id " + id));
    }

}
