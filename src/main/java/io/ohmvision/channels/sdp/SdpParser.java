package io.ohmvision.channels.sdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Parses the SDP that RTSP DESCRIBE (and WHEP) return. Lenient on purpose: cameras send LF line ends, blank
 * lines, unknown attributes and fmtp keys in any case, none of which should fail a probe.
 */
public final class SdpParser {

    // No regular expressions: every health check parses an SDP, and splitting its lines with one was a quarter of
    // a node's CPU at 35,000 cameras (JFR, bench/health-cycle/import.sh).

    private SdpParser() {
    }

    public static SessionDescription parse(String sdp) {
        String sessionControl = null;
        String sessionRange = null;
        List<MediaSection> media = new ArrayList<>();
        SectionBuilder current = null;
        for (String rawLine : (Iterable<String>) sdp.lines()::iterator) {
            String line = rawLine.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            char kind = line.charAt(0);
            String value = line.substring(2);
            if (kind == 'm') {
                if (current != null) {
                    media.add(current.build());
                }
                current = new SectionBuilder(value);
            } else if (kind == 'a') {
                int colon = value.indexOf(':');
                String name = (colon < 0 ? value : value.substring(0, colon)).toLowerCase(Locale.ROOT);
                String argument = colon < 0 ? "" : value.substring(colon + 1).strip();
                if (current != null) {
                    current.attribute(name, argument);
                } else if (name.equals("control")) {
                    sessionControl = argument;
                } else if (name.equals("range")) {
                    sessionRange = argument;
                }
            }
        }
        if (current != null) {
            media.add(current.build());
        }
        return new SessionDescription(sessionControl, sessionRange, List.copyOf(media));
    }

    /** Collects one m= section's attributes while its lines are read. */
    private static final class SectionBuilder {
        private final String type;
        private final List<Integer> payloadTypes = new ArrayList<>();
        private final Map<Integer, String> rtpmaps = new LinkedHashMap<>();
        private final Map<Integer, Map<String, String>> fmtps = new LinkedHashMap<>();
        private Double framerate;
        private String dimensions;
        private String control;
        private String direction = "sendrecv";
        private final Set<Long> ssrcs = new LinkedHashSet<>();
        private final List<String> candidates = new ArrayList<>();

        SectionBuilder(String mediaLine) {
            String[] parts = words(mediaLine, Integer.MAX_VALUE);
            type = parts[0].toLowerCase(Locale.ROOT);
            for (int i = 3; i < parts.length; i++) {
                Integer payloadType = integerOrNull(parts[i]);
                if (payloadType != null) {
                    payloadTypes.add(payloadType);
                }
            }
        }

        void attribute(String name, String argument) {
            switch (name) {
                case "rtpmap" -> withPayloadType(argument, (pt, rest) -> rtpmaps.put(pt, rest));
                case "fmtp" -> withPayloadType(argument, (pt, rest) -> fmtps.put(pt, formatParameters(rest)));
                case "framerate", "x-framerate" -> framerate = framerate != null ? framerate : doubleOrNull(argument);
                case "x-dimensions" -> dimensions = argument;
                case "control" -> control = argument;
                case "sendrecv", "sendonly", "recvonly", "inactive" -> direction = name;
                case "ssrc" -> ssrc(argument);
                case "candidate" -> candidates.add(argument);
                default -> {
                    // other attributes do not matter to a probe
                }
            }
        }

        MediaSection build() {
            return new MediaSection(type, List.copyOf(payloadTypes), Map.copyOf(rtpmaps), Map.copyOf(fmtps), framerate,
                    dimensions, control, direction, List.copyOf(ssrcs), List.copyOf(candidates));
        }

        /** "a=ssrc:1414890529 cname:..." names one source per line, with one attribute each (RFC 5576 4.1). */
        private void ssrc(String argument) {
            try {
                ssrcs.add(Long.valueOf(words(argument, 2)[0]));
            } catch (NumberFormatException notANumber) {
                // a malformed source line tells nothing
            }
        }

        private static void withPayloadType(String argument, BiConsumer<Integer, String> use) {
            String[] parts = words(argument, 2);
            Integer payloadType = integerOrNull(parts[0]);
            if (payloadType != null && parts.length == 2) {
                use.accept(payloadType, parts[1].strip());
            }
        }

        /**
         * The text's words, split at runs of whitespace, at most {@code limit} (the last one keeps the rest of the
         * text); leading whitespace is skipped. Never empty: a blank text gives one empty word.
         */
        static String[] words(String text, int limit) {
            List<String> words = new ArrayList<>();
            int i = 0;
            int length = text.length();
            while (i < length && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < length) {
                if (words.size() == limit - 1) {
                    words.add(text.substring(i));
                    break;
                }
                int end = i;
                while (end < length && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                words.add(text.substring(i, end));
                i = end;
                while (i < length && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            }
            return words.isEmpty() ? new String[] {""} : words.toArray(String[]::new);
        }

        private static Map<String, String> formatParameters(String text) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
                }
            }
            return parameters;
        }

        private static Integer integerOrNull(String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }

        private static Double doubleOrNull(String text) {
            try {
                double value = Double.parseDouble(text.strip());
                return value > 0 && Double.isFinite(value) ? value : null;
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }
}
