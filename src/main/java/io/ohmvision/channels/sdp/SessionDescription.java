package io.ohmvision.channels.sdp;

import java.util.List;
import java.util.Optional;

/**
 * A parsed SDP: session-level control and range, and the media sections in order.
 *
 * @param control session-level a=control (the aggregate URL); null when absent
 * @param range   a=range as written, e.g. "npt=0-" for a live stream; null when absent
 */
public record SessionDescription(String control, String range, List<MediaSection> media) {

    /** The first section of a type that the camera sends (a sendonly backchannel is the client's to send). */
    public Optional<MediaSection> firstReceivable(String type) {
        return media.stream()
                .filter(m -> m.type().equals(type) && !m.direction().equals("sendonly")
                        && !m.direction().equals("inactive"))
                .findFirst();
    }

    /**
     * The first section of a type that the author of this SDP will send: in a WebRTC answer the server writes
     * sendonly for the media it streams to the viewer.
     */
    public Optional<MediaSection> firstSentByAuthor(String type) {
        return media.stream()
                .filter(m -> m.type().equals(type)
                        && (m.direction().equals("sendonly") || m.direction().equals("sendrecv")))
                .findFirst();
    }
}
