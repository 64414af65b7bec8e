package io.ohmvision.channels.sdp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code m=} section of an SDP (RFC 4566 5.14) with the attributes a probe reads.
 *
 * @param type         "video", "audio", "application", ...
 * @param payloadTypes RTP payload types in order of preference
 * @param rtpmaps      payload type to encoding name as written (e.g. "H264/90000")
 * @param fmtps        payload type to its format parameters, names in lower case
 * @param framerate    a=framerate or a=x-framerate; null when absent
 * @param dimensions   a=x-dimensions "W,H" as some cameras send for MJPEG; null when absent
 * @param control      a=control (track URL, absolute or relative); null when absent
 * @param direction    sendrecv, sendonly (ONVIF backchannel), recvonly or inactive
 * @param ssrcs        the distinct a=ssrc sources in order (WebRTC answers announce what they will send)
 * @param candidates   the a=candidate values as written (ICE candidates of a WebRTC answer)
 */
public record MediaSection(String type, List<Integer> payloadTypes, Map<Integer, String> rtpmaps,
                           Map<Integer, Map<String, String>> fmtps, Double framerate, String dimensions,
                           String control, String direction, List<Long> ssrcs, List<String> candidates) {

    /** The encoding name of the preferred payload type, upper case, e.g. "H264"; falls back to RFC 3551 static types. */
    public Optional<String> encodingName() {
        if (payloadTypes.isEmpty()) {
            return Optional.empty();
        }
        int payloadType = payloadTypes.get(0);
        String rtpmap = rtpmaps.get(payloadType);
        if (rtpmap != null) {
            return Optional.of(rtpmap.split("/", 2)[0].trim().toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(StaticPayloadType.encodingName(payloadType));
    }

    /** The format parameters of the preferred payload type. */
    public Map<String, String> preferredFmtp() {
        return payloadTypes.isEmpty() ? Map.of() : fmtps.getOrDefault(payloadTypes.get(0), Map.of());
    }
}
