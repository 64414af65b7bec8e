package io.ohmvision.channels.hls;

import io.ohmvision.channels.PeerProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The two containers HLS segments come in, told apart by their first bytes. */
enum SegmentFormat {
    MPEG_TS("MPEG-TS"),
    FRAGMENTED_MP4("fMP4");

    /** Enough TS packets to tell a sync pattern from chance. */
    static final int BYTES_NEEDED = 8 * 188;

    private static final int TS_PACKET = 188;
    private static final int TS_SYNC = 0x47;
    /** A media segment starts with one of these boxes (an init segment with ftyp). */
    private static final Set<String> FMP4_FIRST_BOXES = Set.of("ftyp", "styp", "moof");

    private final String displayName;

    SegmentFormat(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** @param head the first {@link #BYTES_NEEDED} bytes of the segment, or all of it when shorter */
    static SegmentFormat detect(byte[] head) throws PeerProtocolException {
        if (head.length >= TS_PACKET && isTransportStream(head)) {
            return MPEG_TS;
        }
        if (head.length >= 8 && FMP4_FIRST_BOXES.contains(new String(head, 4, 4, StandardCharsets.ISO_8859_1))) {
            return FRAGMENTED_MP4;
        }
        throw new PeerProtocolException("the newest segment is neither MPEG-TS nor fragmented MP4");
    }

    private static boolean isTransportStream(byte[] head) {
        for (int at = 0; at < head.length; at += TS_PACKET) {
            if ((head[at] & 0xFF) != TS_SYNC) {
                return false;
            }
        }
        return true;
    }
}
