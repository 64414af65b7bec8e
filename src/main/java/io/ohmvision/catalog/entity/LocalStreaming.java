package io.ohmvision.catalog.entity;

import java.util.List;

/**
 * Whether the cameras serve a stream on the local network. When they do not (cloud-only or battery models), the
 * note names what works instead (bridges, cloud APIs), and bridge templates carry the URLs.
 */
public record LocalStreaming(boolean available, String note, List<String> sources) {

    public static final LocalStreaming AVAILABLE = new LocalStreaming(true, null, List.of());

    public LocalStreaming {
        sources = List.copyOf(sources);
    }
}
