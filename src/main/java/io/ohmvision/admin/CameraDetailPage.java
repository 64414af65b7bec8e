package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraDetails;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.health.boundary.HealthViews;
import io.ohmvision.health.control.CameraState;
import io.ohmvision.health.control.Fleet;
import io.ohmvision.health.control.HealthCheck;
import io.ohmvision.health.control.HealthQueries;
import io.ohmvision.health.control.HealthSettings;
import io.ohmvision.health.entity.Causes;
import io.ohmvision.health.entity.HealthSnapshot;
import io.ohmvision.health.entity.Uptime;
import io.ohmvision.platform.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * One camera: channels with their last results, snapshot, 24 h latency, 30-day uptime, outages, reconnection, and
 * the actions check now, reconnect and probe all channels.
 */
@Named
@ViewScoped
public class CameraDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHART_HOURS = 24;

    @Inject
    HealthQueries queries;

    @Inject
    HealthCheck check;

    @Inject
    HealthSettings settings;

    @Inject
    ChannelTesting channels;

    @Inject
    ConsoleUser user;

    private long id;
    private transient CameraState state;
    /** Results of "probe all channels" in this view, by channel. */
    private final Map<ChannelTesting.Role, ChannelRow> probed = new EnumMap<>(ChannelTesting.Role.class);

    /** A configured channel and what is known of it. */
    public record ChannelRow(String role, String url, String outcome, boolean ok, Long latencyMillis, String media,
            String reason, Instant checkedAt, String checkedBy) implements Serializable {
    }

    /** Faces view action: an unknown id shows a message instead of the page. */
    public void load() {
        state = queries.one(id).orElse(null);
        if (state == null) {
            Feedback.error("No such camera", "No camera with id " + id);
        }
    }

    /** Re-read after a pushed change. */
    public void refresh() {
        state = null;
    }

    private CameraState state() {
        if (state == null) {
            state = queries.one(id).orElse(null);
        }
        return state;
    }

    public boolean isFound() {
        return state() != null;
    }

    public CameraDetails getCamera() {
        return state().camera();
    }

    public HealthSnapshot getHealth() {
        return state().state();
    }

    public String getCauseText() {
        return Causes.describe(getHealth().cause());
    }

    public String getReason() {
        return StreamUrl.mask(getHealth().reason());
    }

    public HealthViews.ReconnectionView getReconnection() {
        return HealthViews.ReconnectionView.of(state(), settings.reconnectPolicy());
    }

    public List<ChannelRow> getChannels() {
        CameraDetails camera = getCamera();
        List<ChannelRow> rows = new ArrayList<>();
        addChannel(rows, ChannelTesting.Role.PRIMARY, camera.getPrimaryStreamUrl());
        addChannel(rows, ChannelTesting.Role.SECONDARY, camera.getSecondaryStreamUrl());
        addChannel(rows, ChannelTesting.Role.SNAPSHOT, camera.getSnapshotUrl());
        return rows;
    }

    /** A probe of this view wins; else the primary channel shows its last health check. */
    private void addChannel(List<ChannelRow> rows, ChannelTesting.Role role, String url) {
        if (url == null) {
            return;
        }
        HealthSnapshot health = getHealth();
        if (probed.containsKey(role)) {
            rows.add(probed.get(role));
        } else if (role == ChannelTesting.Role.PRIMARY && health.lastOutcome() != null) {
            rows.add(new ChannelRow(role.name(), StreamUrl.mask(url), health.lastOutcome().name(),
                    health.lastOutcome() == Outcome.OK, health.lastLatencyMillis(), null, getReason(),
                    health.lastCheckAt(), "health check"));
        } else {
            rows.add(new ChannelRow(role.name(), StreamUrl.mask(url), "not probed yet", false, null, null, null, null,
                    null));
        }
    }

    public String getLatencyChart() {
        Instant now = queries.now();
        List<LatencyChart.Hour> hours = queries.latency(id, now.minus(Duration.ofHours(CHART_HOURS))).stream()
                .map(r -> new LatencyChart.Hour(r.hourStart().toInstant(), r.checks(), r.failures(), r.minMillis(),
                        r.averageMillis(), r.maxMillis()))
                .toList();
        return LatencyChart.svg(hours, now, CHART_HOURS);
    }

    public List<Uptime.Day> getUptimeDays() {
        Instant now = queries.now();
        return Uptime.daily(queries.intervals(id, now.minus(Fleet.HISTORY), now), now, (int) Fleet.HISTORY.toDays());
    }

    public Double getUptime30d() {
        Instant now = queries.now();
        return Uptime.over(queries.intervals(id, now.minus(Fleet.HISTORY), now), now.minus(Fleet.HISTORY), now)
                .percentage();
    }

    public List<Uptime.Outage> getOutages() {
        Instant now = queries.now();
        Instant from = now.minus(Fleet.HISTORY);
        return Uptime.outages(queries.intervals(id, from, now), from, now);
    }

    public String causeOf(Uptime.Outage outage) {
        return Causes.describe(outage.cause());
    }

    /** CSS class of a day of the uptime bar. */
    public String dayClass(Uptime.Day day) {
        if (day.percentage() == null) {
            return "none";
        }
        return day.percentage() >= 100.0 ? "full" : day.percentage() <= 0.0 ? "down" : "partial";
    }

    public void checkNow() {
        healthAction("Checked", "Check failed", check::now, "check");
    }

    public void reconnect() {
        healthAction("Reconnected", "Reconnect failed", check::reconnect, "reconnect to");
    }

    /** Check now and reconnect both run a check at once and report the level it found, or why it failed. */
    private void healthAction(String done, String failed, LongFunction<Optional<HealthSnapshot>> action,
            String verb) {
        Feedback.attempt(failed, () -> {
            user.requireEditor();
            report(done, action.apply(id).orElseThrow(() -> ProblemException.conflict(
                    "This camera has no primary stream URL to " + verb)));
        });
        state = null;
    }

    public void probeAll() {
        Feedback.attempt("Probe failed", () -> {
            user.requireEditor();
            List<ChannelTesting.ChannelCheck> checks = channels.probeAll(id);
            if (checks.isEmpty()) {
                throw ProblemException.conflict("This camera has no channel URL to probe");
            }
            Instant now = queries.now();
            checks.forEach(c -> probed.put(c.role(), row(c, now)));
            long working = checks.stream().filter(c -> c.result().outcome() == Outcome.OK).count();
            if (working == checks.size()) {
                Feedback.info("All channels answer", working + " of " + checks.size() + " channels OK");
            } else {
                Feedback.error("Some channels fail", working + " of " + checks.size() + " channels OK; see the "
                        + "reasons in the table");
            }
        });
    }

    private static ChannelRow row(ChannelTesting.ChannelCheck check, Instant now) {
        ProbeResult r = check.result();
        return new ChannelRow(check.role().name(), r.maskedUrl(), r.outcome().name(), r.outcome() == Outcome.OK,
                r.latencyMillis(), r.media().summary(), StreamUrl.mask(r.reason()), now, "probe");
    }

    private void report(String done, HealthSnapshot after) {
        if (after.isOnline()) {
            Feedback.info(done, "Camera is " + after.level().wireName() + " (" + after.lastLatencyMillis() + " ms)");
        } else {
            Feedback.error(done + ": camera still failing", after.lastOutcome() + ": "
                    + (after.cause() == null ? "" : Causes.describe(after.cause()) + "; ")
                    + StreamUrl.mask(after.reason()));
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
