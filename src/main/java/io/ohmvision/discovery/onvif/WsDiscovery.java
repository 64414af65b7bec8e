package io.ohmvision.discovery.onvif;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends WS-Discovery Probes and collects the ProbeMatches for a bounded window, deduplicated by EndpointReference.
 * <p>
 * Every round sends one probe per {@link ProbeType}; rounds repeat because UDP may drop a datagram, and multicast
 * answers come after a random delay up to APP_MAX_DELAY (500 ms) [S28]. Multicast goes out only on the chosen
 * interfaces: each has its own socket with IP_MULTICAST_IF set to it (which works on {@code lo} although
 * {@code supportsMulticast()} says false there), bound to its IPv4 address, TTL 1.
 */
public final class WsDiscovery {

    static final String ADDRESSING = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    /** A literal address: no name lookup happens. */
    public static final InetSocketAddress MULTICAST_GROUP = new InetSocketAddress("239.255.255.250", 3702);
    private static final int MAX_DATAGRAM = 65_507;
    /**
     * Devices one address may answer for: a host running a few ONVIF services (an NVR's channels, simulators) is
     * real, one inventing endpoints by the thousand would make the caller connect back to it for each.
     */
    static final int MAX_DEVICES_PER_ADDRESS = 16;

    private final int rounds;
    private final Duration roundGap;
    private final Duration window;

    /**
     * @param rounds   how many times every probe type is sent
     * @param roundGap time between rounds
     * @param window   how long to listen, counted from the first send
     */
    public WsDiscovery(int rounds, Duration roundGap, Duration window) {
        if (rounds < 1 || roundGap.isNegative() || window.compareTo(roundGap.multipliedBy(rounds - 1)) < 0) {
            throw new IllegalArgumentException("need at least one round, all within the window");
        }
        this.rounds = rounds;
        this.roundGap = roundGap;
        this.window = window;
    }

    /** Three rounds 150 ms apart, listening 3 s, as ONVIF clients commonly do (camera-facts 3.1). */
    public static WsDiscovery standard() {
        return new WsDiscovery(3, Duration.ofMillis(150), Duration.ofSeconds(3));
    }

    /** The devices that answered, in the order first heard. */
    public List<ProbeMatch> discover(DiscoveryTargets targets) throws IOException {
        List<Destination> destinations = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            for (NetworkInterface chosen : targets.interfaces()) {
                destinations.add(new Destination(pinnedMulticast(chosen), MULTICAST_GROUP));
            }
            if (!targets.unicast().isEmpty()) {
                DatagramChannel unicast = DatagramChannel.open();
                destinations.add(new Destination(unicast.bind(null), null));
            }
            for (Destination destination : destinations) {
                destination.channel().configureBlocking(false).register(selector, SelectionKey.OP_READ);
            }
            return listen(selector, destinations, targets.unicast());
        } finally {
            for (Destination destination : destinations) {
                destination.channel().close();
            }
        }
    }

    private static DatagramChannel pinnedMulticast(NetworkInterface chosen) throws IOException {
        InetAddress address = DiscoveryTargets.ipv4Of(chosen);
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, chosen);
            channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 1);
            return channel.bind(new InetSocketAddress(address, 0));
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
    }

    private List<ProbeMatch> listen(Selector selector, List<Destination> destinations, List<InetSocketAddress> unicast)
            throws IOException {
        long start = System.nanoTime();
        long end = start + window.toNanos();
        Set<String> sentIds = new HashSet<>();
        Map<String, ProbeMatch> byEndpoint = new LinkedHashMap<>();
        Map<InetAddress, Integer> devicesOf = new HashMap<>();
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        int roundsSent = 0;
        while (System.nanoTime() < end) {
            long nextRound = start + roundGap.toNanos() * roundsSent;
            if (roundsSent < rounds && System.nanoTime() >= nextRound) {
                sendRound(destinations, unicast, sentIds);
                roundsSent++;
                continue;
            }
            long wakeAt = roundsSent < rounds ? Math.min(nextRound, end) : end;
            selector.select(Math.max(1, (wakeAt - System.nanoTime()) / 1_000_000));
            for (SelectionKey ready : selector.selectedKeys()) {
                DatagramChannel channel = (DatagramChannel) ready.channel();
                for (SocketAddress from = channel.receive(buffer.clear()); from != null;
                     from = channel.receive(buffer.clear())) {
                    byte[] datagram = new byte[buffer.flip().remaining()];
                    buffer.get(datagram);
                    InetAddress sender = ((InetSocketAddress) from).getAddress();
                    for (ProbeMatch match : ProbeMatchReader.read(datagram, sender, sentIds)) {
                        if (byEndpoint.containsKey(match.endpoint())
                                || devicesOf.merge(sender, 1, Integer::sum) <= MAX_DEVICES_PER_ADDRESS) {
                            byEndpoint.merge(match.endpoint(), match, ProbeMatch::mergedWith);
                        }
                    }
                }
            }
            selector.selectedKeys().clear();
        }
        return List.copyOf(byEndpoint.values());
    }

    private static void sendRound(List<Destination> destinations, List<InetSocketAddress> unicast, Set<String> sentIds)
            throws IOException {
        for (ProbeType type : ProbeType.values()) {
            ProbeMessage probe = ProbeMessage.fresh(type);
            sentIds.add(probe.messageId());
            byte[] bytes = probe.toBytes();
            for (Destination destination : destinations) {
                List<InetSocketAddress> to = destination.group() != null ? List.of(destination.group()) : unicast;
                for (InetSocketAddress address : to) {
                    destination.channel().send(ByteBuffer.wrap(bytes), address);
                }
            }
        }
    }

    /** A socket and where it sends: the multicast group (pinned socket) or, when group is null, the unicast list. */
    private record Destination(DatagramChannel channel, InetSocketAddress group) {
    }
}
