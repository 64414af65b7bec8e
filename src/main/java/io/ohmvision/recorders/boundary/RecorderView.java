package io.ohmvision.recorders.boundary;

import io.ohmvision.cameras.control.CameraSummary;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.recorders.control.RecorderWatch;
import io.ohmvision.recorders.entity.Recorder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recorder as shown: no password, its channels, and its health rolled up from them. When it was just added:
 * {@code channelsNotFound}, and {@code notFollowed}, the stream URIs its ONVIF profiles gave on another host.
 */
public record RecorderView(long id, String name, String manufacturer, String ipAddress, int port, String username,
        boolean hasPassword, OffsetDateTime createdAt, List<ChannelView> channels, RecorderHealthView health,
        List<MissingChannelView> channelsNotFound, List<String> notFollowed) {

    /** One channel camera. */
    public record ChannelView(long cameraId, int channel, String name, String primaryStreamUrl,
            String secondaryStreamUrl, String level, String lastErrorMessage) {

        static ChannelView of(CameraSummary c) {
            return new ChannelView(c.id(), c.recorderChannel(), c.name(), StreamUrl.mask(c.primaryStreamUrl()),
                    StreamUrl.mask(c.secondaryStreamUrl()), c.level().wireName(), StreamUrl.mask(c.lastErrorMessage()));
        }
    }

    /** A channel looked for when the recorder was added that did not answer. */
    public record MissingChannelView(int channel, String url, String outcome, String reason) {

        static MissingChannelView of(int channel, ProbeResult result) {
            return new MissingChannelView(channel, result.maskedUrl(), result.outcome().name(), result.reason());
        }
    }

    /**
     * The recorder's own state (as this node saw it when a channel needed a look at it, else online while a channel
     * streams) and its channels' levels.
     *
     * @param recorderChecks      checks of the recorder itself
     * @param channelChecksSpared channel checks answered "recorder down" without touching the network
     */
    public record RecorderHealthView(long recorderId, String recorderName, String recorder, String reason,
            Instant checkedAt, Instant nextCheckAt, long recorderChecks, long channelChecksSpared, int channelsOnline,
            int channelsOffline, int channelsUnknown) {

        static RecorderHealthView of(Recorder recorder, List<CameraSummary> channels, RecorderWatch.View watch) {
            int offline = (int) channels.stream().filter(c -> c.level() == HealthLevel.OFFLINE).count();
            int unknown = (int) channels.stream().filter(c -> c.level() == HealthLevel.UNKNOWN).count();
            return new RecorderHealthView(recorder.getId(), recorder.getName(),
                    switch (watch.state()) {
                        case UP -> "online";
                        case DOWN -> "offline";
                        // not looked at by this node: a channel that streams proves the recorder answers
                        case UNKNOWN -> channels.size() - offline - unknown > 0 ? "online" : "unknown";
                    }, StreamUrl.mask(watch.reason()), watch.checkedAt(), watch.nextCheckAt(), watch.recorderChecks(),
                    watch.channelChecksSpared(), channels.size() - offline - unknown, offline, unknown);
        }
    }

    public static RecorderView of(Recorder r, List<CameraSummary> channels, RecorderWatch.View watch) {
        return added(r, channels, watch, List.of(), List.of());
    }

    public static RecorderView added(Recorder r, List<CameraSummary> channels, RecorderWatch.View watch,
            List<MissingChannelView> missing, List<String> notFollowed) {
        return new RecorderView(r.getId(), r.getName(), r.getManufacturer(), r.getIpAddress(), r.getPort(),
                r.getUsername(), r.hasPassword(), r.getCreatedAt(), channels.stream().map(ChannelView::of).toList(),
                RecorderHealthView.of(r, channels, watch), missing, notFollowed);
    }
}
