package io.ohmvision.discovery.onvif;

import io.ohmvision.channels.DeviceOrigin;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.onvif.SafeXml;
import io.ohmvision.channels.onvif.SoapElement;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a ProbeMatches datagram. Anything on UDP 3702 may send anything, so a datagram is accepted only when it
 * parses (with the hardened parser), is a ProbeMatches and relates to one of our probes; otherwise it is dropped.
 */
public final class ProbeMatchReader {

    /** Scheme and an empty or 0.0.0.0 host, which some cameras announce [S1]. */
    private static final Pattern UNUSABLE_HOST =
            Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)(0\\.0\\.0\\.0)?(?=[:/]|$)");
    /** A device answers a probe with one ProbeMatch; a datagram with more speaks for others too. */
    static final int MAX_MATCHES = 16;

    private ProbeMatchReader() {
    }

    /** @param ourMessageIds the MessageIDs of the probes sent; matches relating to anything else are dropped */
    public static List<ProbeMatch> read(byte[] datagram, InetAddress sender, Set<String> ourMessageIds) {
        SoapElement envelope;
        try {
            envelope = SafeXml.parse(datagram);
        } catch (PeerProtocolException notXml) {
            return List.of();
        }
        String relatesTo = envelope.text("Header", "RelatesTo");
        if (relatesTo == null || !ourMessageIds.contains(relatesTo)) {
            return List.of();
        }
        List<ProbeMatch> matches = new ArrayList<>();
        envelope.child("Body", "ProbeMatches").ifPresent(all -> all.children("ProbeMatch").stream()
                .limit(MAX_MATCHES).forEach(match -> {
                    String endpoint = match.text("EndpointReference", "Address");
                    if (endpoint != null) {
                        matches.add(new ProbeMatch(endpoint, words(match.text("Types")),
                                OnvifScopes.parse(match.text("Scopes")),
                                reachable(words(match.text("XAddrs")).stream().limit(ProbeMatch.MAX_XADDRS)
                                        .toList(), sender), sender));
                    }
                }));
        return matches;
    }

    static List<String> reachable(List<String> xaddrs, InetAddress sender) {
        String host = DeviceOrigin.of(sender).hostForUrl();
        return xaddrs.stream().map(xaddr -> {
            Matcher unusable = UNUSABLE_HOST.matcher(xaddr);
            return unusable.find() ? unusable.replaceFirst(Matcher.quoteReplacement(unusable.group(1) + host)) : xaddr;
        }).toList();
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
