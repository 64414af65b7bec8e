package io.ohmvision.channels.sdp;

import java.util.Map;

/** RTP payload types with a fixed meaning (RFC 3551 table 4 and 5) that cameras send without an a=rtpmap. */
final class StaticPayloadType {

    private static final Map<Integer, String> NAMES = Map.of(0, "PCMU", 8, "PCMA", 14, "MPA", 26, "JPEG", 32, "MPV");

    private StaticPayloadType() {
    }

    static String encodingName(int payloadType) {
        return NAMES.get(payloadType);
    }
}
