package io.ohmvision.channels.hls;

import io.ohmvision.channels.PeerProtocolException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of an M3U8 playlist that a liveness probe needs; unknown tags are skipped, as RFC 8216 asks. */
final class PlaylistParser {

    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Z0-9-]+)=(\"[^\"]*\"|[^,]*)");
    private static final Pattern RESOLUTION = Pattern.compile("(\\d+)x(\\d+)");

    private PlaylistParser() {
    }

    /** @param base the playlist's own URI: entries are relative to it */
    static Playlist parse(String text, URI base) throws PeerProtocolException {
        List<String> lines = text.replace("\uFEFF", "").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).equals("#EXTM3U")) {
            throw new PeerProtocolException("not an HLS playlist: it does not start with #EXTM3U");
        }
        List<Variant> variants = new ArrayList<>();
        List<URI> segments = new ArrayList<>();
        Integer targetDuration = null;
        long mediaSequence = 0;
        boolean ended = false;
        Map<String, String> pendingStreamInf = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#EXT-X-STREAM-INF:")) {
                pendingStreamInf = attributes(line.substring(line.indexOf(':') + 1));
            } else if (line.startsWith("#EXT-X-TARGETDURATION:")) {
                targetDuration = (int) number(line, "#EXT-X-TARGETDURATION");
            } else if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
                mediaSequence = number(line, "#EXT-X-MEDIA-SEQUENCE");
            } else if (line.equals("#EXT-X-ENDLIST")) {
                ended = true;
            } else if (!line.startsWith("#")) {
                URI uri = resolve(base, line);
                if (pendingStreamInf != null) {
                    variants.add(variant(uri, pendingStreamInf));
                    pendingStreamInf = null;
                } else {
                    segments.add(uri);
                }
            }
        }
        if (!variants.isEmpty()) {
            return new MasterPlaylist(List.copyOf(variants));
        }
        if (targetDuration == null) {
            throw new PeerProtocolException("media playlist without #EXT-X-TARGETDURATION");
        }
        return new MediaPlaylist(targetDuration, mediaSequence, List.copyOf(segments), ended);
    }

    private static Variant variant(URI uri, Map<String, String> attributes) throws PeerProtocolException {
        Integer width = null;
        Integer height = null;
        Matcher resolution = RESOLUTION.matcher(attributes.getOrDefault("RESOLUTION", ""));
        if (resolution.matches()) {
            width = Integer.valueOf(resolution.group(1));
            height = Integer.valueOf(resolution.group(2));
        }
        try {
            String frameRate = attributes.get("FRAME-RATE");
            return new Variant(uri, Long.parseLong(attributes.getOrDefault("BANDWIDTH", "0")), attributes.get("CODECS"),
                    width, height, frameRate == null ? null : Double.valueOf(frameRate));
        } catch (NumberFormatException e) {
            throw new PeerProtocolException("EXT-X-STREAM-INF with a malformed BANDWIDTH or FRAME-RATE");
        }
    }

    private static Map<String, String> attributes(String list) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(list);
        while (m.find()) {
            String value = m.group(2);
            attributes.put(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
        }
        return attributes;
    }

    private static long number(String line, String tag) throws PeerProtocolException {
        try {
            return Long.parseLong(line.substring(tag.length() + 1).strip());
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
