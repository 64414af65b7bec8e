package io.ohmvision.channels.nvr;

import io.ohmvision.channels.onvif.MediaProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorder's channels as its ONVIF profiles describe them: one channel per video source (camera input), in the
 * order the device lists them; the source's profile with the most pixels is the channel's main stream, the next
 * its sub stream. Profiles without a stream URI (audio only, refused) are left out.
 */
public final class OnvifChannels {

    /** One channel: its number (from 1) and stream URIs; {@code sub} may be null. */
    public record Channel(int number, String main, String sub) {
    }

    private OnvifChannels() {
    }

    public static List<Channel> of(List<MediaProfile> profiles) {
        Map<String, List<MediaProfile>> bySource = new LinkedHashMap<>();
        for (MediaProfile profile : profiles) {
            if (profile.streamUri() != null) {
                // a profile that names no source is a channel of its own
                String source = profile.videoSource() != null ? profile.videoSource() : "profile:" + profile.token();
                bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(profile);
            }
        }
        List<Channel> channels = new ArrayList<>();
        for (List<MediaProfile> streams : bySource.values()) {
            List<MediaProfile> largestFirst = streams.stream()
                    .sorted(Comparator.comparingLong(MediaProfile::pixels).reversed()).toList();
            channels.add(new Channel(channels.size() + 1, largestFirst.get(0).streamUri(),
                    largestFirst.size() > 1 ? largestFirst.get(1).streamUri() : null));
        }
        return channels;
    }
}
