package io.ohmvision.catalog.entity;

import io.ohmvision.channels.ConnectionType;
import java.util.List;

/**
 * One way to reach a camera of a manufacturer, as catalogue data.
 *
 * @param connectionType how the URL is used (wire names of {@link ConnectionType})
 * @param role           what the URL gives (main stream, snapshot, ...)
 * @param url            the URL with placeholders
 * @param portName       the profile port that {port} stands for; null when the template has no {port}
 * @param stream         the stream number (1 = main) behind {stream}, {stream0} and {channelStream}; 0 when unused
 * @param credentials    where credentials go when rendering for connecting
 * @param sources        source ids from the facts file, e.g. ["S11", "S1"]
 * @param verified       false where the facts call the value uncertain or iSpy-only
 * @param note           why the template is the way it is; may be null
 */
public record UrlTemplate(ConnectionType connectionType, TemplateRole role, UrlPattern url, String portName,
                          int stream, CredentialPlacement credentials, List<String> sources, boolean verified,
                          String note) {

    public UrlTemplate {
        sources = List.copyOf(sources);
    }

    /** The part after host and port, e.g. {@code /Streaming/Channels/{channelStream}}; empty for a bare host. */
    public String pathTemplate() {
        String text = url.text();
        int schemeEnd = text.indexOf("://");
        int pathStart = text.indexOf('/', schemeEnd < 0 ? 0 : schemeEnd + 3);
        int queryStart = text.indexOf('?', schemeEnd < 0 ? 0 : schemeEnd + 3);
        int start = pathStart < 0 ? queryStart : queryStart < 0 ? pathStart : Math.min(pathStart, queryStart);
        return start < 0 ? "" : text.substring(start);
    }
}
