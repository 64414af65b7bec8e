package io.ohmvision.channels;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a URI a device gave may be followed: an ONVIF XAddr, stream or snapshot URI, an HTTP redirect, a playlist
 * entry, a WHEP session. Only to the device's own host, on any port (a camera serves RTSP on 554 and HTTP on 80):
 * a device that names another host could otherwise make this server connect wherever it likes, with the camera's
 * credentials. The allowed networks of a scan are not enough: they say where an operator may look, not that one
 * device may speak for another host. A refused URI is reported with {@link #refusal}, never fetched.
 * <p>
 * The device's host is the one the user named (or the address a WS-Discovery answer came from). A name the user gave
 * is resolved to tell whether an address literal in a URI is the same device; a name a device gives is never
 * resolved, so the device cannot answer the question itself.
 */
public final class DeviceOrigin {

    /** What a device on the network may point to: the schemes OhmVision connects over to a device. */
    static final List<String> NETWORK_SCHEMES = List.of("rtsp", "rtsps", "rtmp", "rtmps", "http", "https");
    /** How much of a refused URI a report quotes: device text is not echoed at any length. */
    static final int SHOWN_LENGTH = 160;
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern NOT_PRINTABLE = Pattern.compile("[\\p{Cntrl}\\p{Z}&&[^ ]]");

    private final String host;
    private List<InetAddress> addresses;

    private DeviceOrigin(String host) {
        this.host = normal(host);
    }

    /** @param host the device's host as the user gave it: a name, an IPv4 or an IPv6 address (brackets allowed) */
    public static DeviceOrigin of(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a device origin needs a host");
        }
        return new DeviceOrigin(host);
    }

    /** The device that sent a datagram. */
    public static DeviceOrigin of(InetAddress sender) {
        DeviceOrigin origin = new DeviceOrigin(sender.getHostAddress());
        origin.addresses = List.of(sender);
        return origin;
    }

    /** The host of a URL the user gave (the device service, a stream URL). */
    public static DeviceOrigin ofUrl(String url) {
        return of(StreamUrl.parse(url).map(StreamUrl::host)
                .orElseThrow(() -> new IllegalArgumentException("not a URL: " + shown(url))));
    }

    public String host() {
        return host;
    }

    /** The host as a URL writes it (an IPv6 address in brackets). */
    public String hostForUrl() {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    /**
     * Empty when the URI may be followed, else the line that reports it, e.g. "GetStreamUri (profile main) pointed
     * to rtsp://203.0.113.9/live (another host): not followed".
     *
     * @param what who gave the URI, for the report
     */
    public Optional<String> refusal(String what, String uri) {
        Optional<String> hostGiven = uri == null ? Optional.empty() : agreedHost(uri);
        if (hostGiven.isEmpty()) {
            return Optional.of(what + " gave " + shown(uri) + " (not a URL with a host): not followed");
        }
        if (!NETWORK_SCHEMES.contains(StreamUrl.parse(uri).map(StreamUrl::scheme).orElse(""))) {
            return Optional.of(what + " gave " + shown(uri) + " (a scheme OhmVision does not connect to a device "
                    + "over): not followed");
        }
        return owns(hostGiven.get()) ? Optional.empty()
                : Optional.of(what + " pointed to " + shown(uri) + " (another host): not followed");
    }

    /** Same scheme, host and port: where credentials given for one URI may also go. */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && b.getHost() != null && normal(a.getHost()).equals(normal(b.getHost()))
                && effectivePort(a) == effectivePort(b);
    }

    /** A device-given URI as a report may quote it: masked, on one line, and cut to a readable length. */
    public static String shown(String uri) {
        if (uri == null) {
            return "nothing";
        }
        String line = NOT_PRINTABLE.matcher(uri.length() > 4 * SHOWN_LENGTH ? uri.substring(0, 4 * SHOWN_LENGTH)
                : uri).replaceAll("");
        String masked = StreamUrl.mask(line);
        return masked.length() > SHOWN_LENGTH ? masked.substring(0, SHOWN_LENGTH) + "..." : masked;
    }

    /**
     * The host of the URI as both parsers that may later connect to it read it (StreamUrl for the stored form and
     * RTSP, java.net.URI for HTTP); empty when there is none or they disagree, as on
     * {@code http://203.0.113.9#@10.0.0.5/}. Text java.net.URI cannot parse is never connected to by it.
     */
    private static Optional<String> agreedHost(String uri) {
        Optional<String> lenient = StreamUrl.parse(uri).map(StreamUrl::host).filter(h -> !h.isEmpty())
                .map(DeviceOrigin::normal);
        try {
            String strict = new URI(uri.strip()).getHost();
            return strict == null ? lenient : lenient.filter(normal(strict)::equals);
        } catch (URISyntaxException notForJavaNet) {
            return lenient;
        }
    }

    private boolean owns(String otherHost) {
        if (otherHost.equals(host)) {
            return true;
        }
        InetAddress literal = literal(otherHost);
        return literal != null && addresses().contains(literal);
    }

    /** The addresses the device's host stands for: itself when a literal, else what the user's name resolves to. */
    private List<InetAddress> addresses() {
        if (addresses == null) {
            InetAddress literal = literal(host);
            if (literal != null) {
                addresses = List.of(literal);
            } else {
                try {
                    addresses = Arrays.asList(InetAddress.getAllByName(host));
                } catch (UnknownHostException unknown) {
                    addresses = List.of();
                }
            }
        }
        return addresses;
    }

    /** An address literal, or null for a name; never a lookup (dotted quads only, no "127.1" shorthand). */
    private static InetAddress literal(String host) {
        if (!IPV4.matcher(host).matches() && host.indexOf(':') < 0) {
            return null;
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException | SecurityException notALiteral) {
            return null;
        }
    }

    private static String normal(String host) {
        String bare = host.strip().toLowerCase(Locale.ROOT);
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return switch (Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase(Locale.ROOT)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "rtsp" -> 554;
            case "rtsps" -> 322;
            default -> -1;
        };
    }
}
