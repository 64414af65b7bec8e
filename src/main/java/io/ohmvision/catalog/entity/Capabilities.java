package io.ohmvision.catalog.entity;

import java.util.List;

/** What a manufacturer's devices can do, as far as the sources say. */
public record Capabilities(Support ptz, Support audio, Support twoWayAudio, Support analytics,
                           List<String> onvifProfiles, List<String> sources) {

    public static final Capabilities UNKNOWN =
            new Capabilities(Support.UNKNOWN, Support.UNKNOWN, Support.UNKNOWN, Support.UNKNOWN, List.of(), List.of());

    public Capabilities {
        onvifProfiles = List.copyOf(onvifProfiles);
        sources = List.copyOf(sources);
    }
}
