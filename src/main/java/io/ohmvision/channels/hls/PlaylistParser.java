package io.ohmvision.channels.hls;

import io.ohmvision.channels.PeerProtocolException;
import java.net.URI;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the parts of an M3U8 playlist that a liveness probe needs; unknown tags are skipped, as RFC 8216 asks.
 * <p>
 * The playlist is the camera's text, up to a megabyte: it is read in one pass, each character looked at a bounded
 * number of times (no backtracking pattern), and only what the probe uses is kept (the preferred variant, the newest
 * segment, counts), so neither time nor memory grows faster than the text.
 */
final class PlaylistParser {

    /** Attributes read per tag; the ones a probe needs are among the first few of any real playlist. */
    static final int MAX_ATTRIBUTES = 64;
    /** A target duration in seconds beyond a day is not a live stream's. */
    private static final long MAX_TARGET_DURATION = 86_400;

    private PlaylistParser() {
    }

    /** @param base the playlist's own URI: entries are relative to it */
    static Playlist parse(String text, URI base) throws PeerProtocolException {
        Iterator<String> lines = text.replace("\uFEFF", "").lines().map(String::strip).filter(l -> !l.isEmpty())
                .iterator();
        if (!lines.hasNext() || !lines.next().equals("#EXTM3U")) {
            throw new PeerProtocolException("not an HLS playlist: it does not start with #EXTM3U");
        }
        Variant preferred = null;
        int variants = 0;
        int segments = 0;
        String newestSegment = null;
        Integer targetDuration = null;
        long mediaSequence = 0;
        boolean ended = false;
        Map<String, String> pendingStreamInf = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("#EXT-X-STREAM-INF:")) {
                pendingStreamInf = attributes(line.substring(line.indexOf(':') + 1));
            } else if (line.startsWith("#EXT-X-TARGETDURATION:")) {
                targetDuration = (int) number(line, "#EXT-X-TARGETDURATION", MAX_TARGET_DURATION);
            } else if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
                mediaSequence = number(line, "#EXT-X-MEDIA-SEQUENCE", Long.MAX_VALUE);
            } else if (line.equals("#EXT-X-ENDLIST")) {
                ended = true;
            } else if (!line.startsWith("#")) {
                if (pendingStreamInf != null) {
                    Variant variant = variant(resolve(base, line), pendingStreamInf);
                    preferred = preferred == null || variant.bandwidth() > preferred.bandwidth() ? variant : preferred;
                    variants++;
                    pendingStreamInf = null;
                } else {
                    newestSegment = line;
                    segments++;
                }
            }
        }
        if (preferred != null) {
            return new MasterPlaylist(preferred, variants);
        }
        if (targetDuration == null) {
            throw new PeerProtocolException("media playlist without #EXT-X-TARGETDURATION");
        }
        return new MediaPlaylist(targetDuration, mediaSequence, segments,
                newestSegment == null ? null : resolve(base, newestSegment), ended);
    }

    private static Variant variant(URI uri, Map<String, String> attributes) throws PeerProtocolException {
        String resolution = attributes.getOrDefault("RESOLUTION", "");
        int x = resolution.indexOf('x');
        Integer width = x > 0 ? dimension(resolution.substring(0, x)) : null;
        Integer height = x > 0 ? dimension(resolution.substring(x + 1)) : null;
        try {
            String frameRate = attributes.get("FRAME-RATE");
            return new Variant(uri, Long.parseLong(attributes.getOrDefault("BANDWIDTH", "0")), attributes.get("CODECS"),
                    width == null || height == null ? null : width, width == null || height == null ? null : height,
                    frameRate == null ? null : Double.valueOf(frameRate));
        } catch (NumberFormatException e) {
            throw new PeerProtocolException("EXT-X-STREAM-INF with a malformed BANDWIDTH or FRAME-RATE");
        }
    }

    /** A RESOLUTION side, null when it is not a plausible number of pixels. */
    private static Integer dimension(String digits) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    /**
     * An attribute list (RFC 8216 4.2): NAME=value pairs separated by commas, a value in double quotes may hold
     * commas. Malformed pairs (no name, an unterminated quote) are skipped; at most {@link #MAX_ATTRIBUTES} are read.
     */
    static Map<String, String> attributes(String list) {
        Map<String, String> attributes = new HashMap<>();
        int at = 0;
        while (at < list.length() && attributes.size() < MAX_ATTRIBUTES) {
            int equals = at;
            while (equals < list.length() && list.charAt(equals) != '=' && list.charAt(equals) != ',') {
                equals++;
            }
            if (equals == list.length()) {
                break;
            }
            String name = list.substring(at, equals).strip();
            if (list.charAt(equals) == ',') {
                at = equals + 1; // a name without a value
                continue;
            }
            int valueStart = equals + 1;
            String value;
            int next;
            if (valueStart < list.length() && list.charAt(valueStart) == '"') {
                int closing = list.indexOf('"', valueStart + 1);
                value = closing < 0 ? null : list.substring(valueStart + 1, closing);
                int comma = closing < 0 ? -1 : list.indexOf(',', closing);
                next = comma < 0 ? list.length() : comma + 1;
            } else {
                int comma = list.indexOf(',', valueStart);
                value = list.substring(valueStart, comma < 0 ? list.length() : comma).strip();
                next = comma < 0 ? list.length() : comma + 1;
            }
            if (value != null && isAttributeName(name)) {
                attributes.put(name, value);
            }
            at = next;
        }
        return attributes;
    }

    private static boolean isAttributeName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static long number(String line, String tag, long max) throws PeerProtocolException {
        try {
            long value = Long.parseLong(line.substring(tag.length() + 1).strip());
            if (value < 0 || value > max) {
                throw new PeerProtocolException(tag + " is out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new PeerProtocolException(tag + " is not a whole number");
        }
    }

    private static URI resolve(URI base, String entry) throws PeerProtocolException {
        try {
            return base.resolve(entry);
        } catch (IllegalArgumentException e) {
            throw new PeerProtocolException("playlist entry is not a valid URI");
        }
    }
}
