package io.ohmvision.discovery.scan;

import io.ohmvision.catalog.control.AliasMatcher;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.control.OnvifVendorMatcher;
import io.ohmvision.catalog.entity.Recognition;
import io.ohmvision.channels.DeviceOrigin;
import io.ohmvision.channels.onvif.DeviceInformation;
import io.ohmvision.channels.onvif.MediaProfile;
import io.ohmvision.channels.onvif.OnvifDevice;
import io.ohmvision.discovery.onvif.DiscoveryTargets;
import io.ohmvision.discovery.onvif.ProbeMatch;
import io.ohmvision.discovery.onvif.WsDiscovery;
import io.ohmvision.platform.Fanout;
import io.ohmvision.platform.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ONVIF discovery for the API and the console: WS-Discovery on the chosen interfaces and addresses, then, for every
 * device that answered, the ONVIF reads (device information, profiles, stream and snapshot URIs) and the manufacturer
 * it is recognised as.
 */
@ApplicationScoped
public class OnvifDiscovery {

    private static final Logger LOG = Logger.getLogger(OnvifDiscovery.class.getName());
    /** The WS-Discovery port [S7]. */
    private static final int DISCOVERY_PORT = 3702;
    /** Long enough for one multicast answer delayed by APP_MAX_DELAY (500 ms) [S28]. */
    private static final Duration SHORTEST_WINDOW = Duration.ofMillis(500);
    private static final Duration ROUND_GAP = Duration.ofMillis(150);
    private static final int ROUNDS = 3;
    /** As ONVIF clients commonly listen (camera-facts 3.1). */
    private static final Duration STANDARD_WINDOW = Duration.ofSeconds(3);

    @Inject
    DiscoverySettings settings;

    @Inject
    Catalog catalog;

    @Inject
    MacVendorLookup macs;

    @Resource
    ManagedExecutorService executor;

    /**
     * @throws ProblemException 400 for an unknown interface, an address outside the allowed networks, a window out
     *                          of bounds, or neither interfaces nor addresses; before anything is sent
     */
    public List<DiscoveredDevice> discover(OnvifDiscoveryRequest request) {
        Duration window = checkedWindow(request.window());
        if (request.interfaces().isEmpty() && request.addresses().isEmpty()) {
            throw ProblemException.badRequest("name at least one interface to multicast on or one address to probe by"
                    + " unicast (GET /api/discovery/network-info lists the interfaces)");
        }
        DiscoveryTargets targets = new DiscoveryTargets(interfaces(request.interfaces()),
                addresses(request.addresses()));
        List<ProbeMatch> matches;
        try {
            matches = new WsDiscovery(ROUNDS, ROUND_GAP, window).discover(targets);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "WS-Discovery failed", e);
            throw ProblemException.badRequest("WS-Discovery could not send on the chosen interfaces: "
                    + e.getMessage());
        }
        return new Fanout(executor, Math.max(1, matches.size())).map(matches,
                match -> read(match, request.username(), request.password()));
    }

    private Duration checkedWindow(Duration requested) {
        Duration window = requested == null ? STANDARD_WINDOW : requested;
        if (window.compareTo(SHORTEST_WINDOW) < 0 || window.compareTo(settings.maxDiscoveryWindow()) > 0) {
            throw ProblemException.badRequest("windowMs must be within " + SHORTEST_WINDOW.toMillis() + " and "
                    + settings.maxDiscoveryWindow().toMillis() + " (ohmvision.discovery.onvif.max-window), not "
                    + window.toMillis());
        }
        return window;
    }

    private static List<NetworkInterface> interfaces(List<String> names) {
        List<NetworkInterface> chosen = new ArrayList<>();
        for (String name : names) {
            try {
                NetworkInterface found = name == null ? null : NetworkInterface.getByName(name);
                if (found == null || !found.isUp()) {
                    throw ProblemException.badRequest("interfaces: no network interface named '" + name
                            + "' is up here (GET /api/discovery/network-info lists them)");
                }
                if (found.inetAddresses().noneMatch(a -> a instanceof java.net.Inet4Address)) {
                    throw ProblemException.badRequest("interfaces: " + name + " has no IPv4 address to send from");
                }
                chosen.add(found);
            } catch (SocketException e) {
                throw ProblemException.badRequest("interfaces: cannot read interface '" + name + "': "
                        + e.getMessage());
            }
        }
        return chosen;
    }

    private List<InetSocketAddress> addresses(List<String> addresses) {
        RangePolicy policy = settings.rangePolicy();
        List<InetSocketAddress> devices = new ArrayList<>();
        for (String text : addresses) {
            String value = text == null ? "" : text.strip();
            int colon = value.indexOf(':');
            String host = colon < 0 ? value : value.substring(0, colon);
            int port = DISCOVERY_PORT;
            if (colon >= 0) {
                try {
                    port = Integer.parseInt(value.substring(colon + 1));
                } catch (NumberFormatException e) {
                    port = 0;
                }
                if (port < 1 || port > 65535) {
                    throw ProblemException.badRequest("addresses: '" + value + "' has no valid port (1..65535)");
                }
            }
            try {
                policy.checkAddress(host);
            } catch (ScanRefusedException e) {
                throw ProblemException.badRequest("addresses: " + e.getMessage());
            }
            // a literal address: no name lookup
            devices.add(new InetSocketAddress(host, port));
        }
        return devices;
    }

    private DiscoveredDevice read(ProbeMatch match, String username, String password) {
        List<String> notFollowed = new ArrayList<>();
        Optional<URI> service = deviceService(match, notFollowed);
        OnvifFindings findings = service.map(uri -> new OnvifLookup(executor,
                        settings.probeTimeout()).connect(uri, username, password))
                .orElseGet(() -> OnvifFindings.absent("not asked: no XAddr on the address the answer came from; "
                        + String.join("; ", notFollowed)));
        findings.answered().ifPresent(device -> notFollowed.addAll(device.notFollowed()));
        DeviceInformation info = findings.answered().map(OnvifDevice::information).orElse(null);
        List<Recognition> recognised = new OnvifVendorMatcher(new AliasMatcher(catalog), macs)
                .recognise(info == null ? null : info.manufacturer(), match.scopes().all());
        List<DiscoveredDevice.Profile> profiles = findings.answered().map(OnvifDevice::profiles).orElse(List.of())
                .stream().map(OnvifDiscovery::profile).toList();
        return new DiscoveredDevice(match.endpoint(), match.sender().getHostAddress(), match.xaddrs(), match.types(),
                match.scopes().all(), match.scopes().name(), match.scopes().hardware(), match.scopes().macAddress(),
                findings.outcome() == null ? null : findings.outcome().name(), findings.reason(), notFollowed,
                info == null ? null : info.manufacturer(), info == null ? null : info.model(),
                info == null ? null : info.firmwareVersion(), info == null ? null : info.serialNumber(),
                recognised.isEmpty() ? null : recognised.get(0).manufacturerId(),
                RecognitionLines.of(recognised), profiles);
    }

    /**
     * The first XAddr on the address the answer came from (the device's default service there when it gave none).
     * Anyone on the link can answer a multicast probe, so an XAddr elsewhere is never asked: it would make this server
     * post the user's credentials wherever the answer says. When none is on the sender's address, the others are
     * reported in {@code notFollowed}; else they are only alternatives (a camera lists its IPv6 address too), shown
     * among the device's XAddrs.
     */
    static Optional<URI> deviceService(ProbeMatch match, List<String> notFollowed) {
        DeviceOrigin sender = DeviceOrigin.of(match.sender());
        if (match.xaddrs().isEmpty()) {
            return Optional.of(URI.create("http://" + sender.hostForUrl() + "/onvif/device_service"));
        }
        List<String> refused = new ArrayList<>();
        for (String xaddr : match.xaddrs()) {
            Optional<String> refusal = sender.refusal("XAddrs", xaddr);
            if (refusal.isEmpty() && !xaddr.toLowerCase(Locale.ROOT).matches("https?://.*")) {
                refusal = Optional.of("XAddrs gave " + DeviceOrigin.shown(xaddr) + " (not http or https): not followed");
            }
            Optional<URI> service = refusal.isPresent() ? Optional.empty() : uri(xaddr);
            if (service.isPresent()) {
                return service;
            }
            refused.add(refusal.orElse("XAddrs gave " + DeviceOrigin.shown(xaddr) + " (not a URI): not followed"));
        }
        notFollowed.addAll(refused);
        return Optional.empty();
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    private static DiscoveredDevice.Profile profile(MediaProfile p) {
        return new DiscoveredDevice.Profile(p.token(), p.name(), p.video() == null ? null : p.video().encoding(),
                p.video() == null ? null : p.video().width(), p.video() == null ? null : p.video().height(),
                p.video() == null ? null : p.video().frameRate(), p.streamUri(), p.snapshotUri());
    }
}
