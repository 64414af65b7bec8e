package io.ohmvision.channels.cloud;

import java.time.Instant;

/**
 * A live RTSP stream the SDM API handed out: its URL carries the stream token ({@code ?auth=}), so it is a secret
 * and never shown; it must be extended before {@code expiresAt} or it ends.
 */
public record RtspStream(String rtspUrl, String streamToken, String extensionToken, Instant expiresAt) {

    /** After ExtendRtspStream: the new tokens, and the URL with its auth parameter rewritten (the API does not). */
    RtspStream extendedWith(String newStreamToken, String newExtensionToken, Instant newExpiry) {
        int query = rtspUrl.indexOf("?auth=");
        String base = query < 0 ? rtspUrl : rtspUrl.substring(0, query);
        return new RtspStream(base + "?auth=" + newStreamToken, newStreamToken, newExtensionToken, newExpiry);
    }

    @Override
    public String toString() {
        return "RtspStream[expiresAt=" + expiresAt + "]";
    }
}
