package io.ohmvision.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A real RTSP server for integration tests: {@code src/test/peers/rtsp-server.py} (GStreamer, Digest auth) on a free
 * loopback port, started and stopped by the test. Needs the Debian packages python3-gi gir1.2-gst-rtsp-server-1.0
 * gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly.
 */
public final class RtspTestPeer implements AutoCloseable {

    /** The port a peer inside a network namespace listens on: the namespace has its own ports. */
    private static final int NAMESPACE_PORT = 8554;

    private final PeerProcess process;
    private final String host;
    private final int port;

    private RtspTestPeer(PeerProcess process, String host, int port) {
        this.process = process;
        this.host = host;
        this.port = port;
    }

    /** A peer that asks for no credentials, like the relay behind a cloud camera's tokenised stream URL. */
    public static RtspTestPeer startWithoutAuthentication() {
        return start("-", "-", 0);
    }

    /**
     * @param extraChannels how many /ch1../chN paths to serve beside /main and /sub
     * @param aliases       vendor paths serving the main, sub or still stream, as "PATH=main"
     */
    public static RtspTestPeer start(String user, String password, int extraChannels, String... aliases) {
        return startOn(LoopbackPorts.free(), user, password, extraChannels, aliases);
    }

    /** As {@link #start}, on a given port: a server that comes back where it was. */
    public static RtspTestPeer startOn(int port, String user, String password, int extraChannels, String... aliases) {
        List<String> command = new ArrayList<>(List.of(PeerProcess.PYTHON, TestPaths.peerFile("rtsp-server.py")
                .toString(), String.valueOf(port), user, password, String.valueOf(extraChannels)));
        command.addAll(List.of(aliases));
        return new RtspTestPeer(PeerProcess.start("rtsp-peer-" + port, command), "127.0.0.1", port);
    }

    /** A peer inside a test network namespace, listening on the namespace's address (a camera on its own host). */
    public static RtspTestPeer startIn(TestNetworkNamespace namespace, String user, String password) {
        return startAt(namespace.inside(), namespace.address(), NAMESPACE_PORT, false, user, password);
    }

    /**
     * A peer run by a command prefix that enters a namespace ({@code ip netns exec NAME}), on one of its addresses.
     *
     * @param aliasesOnly serve only the aliases (a camera of one maker), not /main, /sub and /still beside them
     * @param aliases     as for {@link #start}
     */
    public static RtspTestPeer startAt(List<String> inNamespace, String address, int port, boolean aliasesOnly,
            String user, String password, String... aliases) {
        List<String> command = new ArrayList<>(inNamespace);
        command.addAll(List.of("env", "RTSP_BIND_ADDRESS=" + address, "RTSP_ALIASES_ONLY=" + (aliasesOnly ? 1 : 0),
                PeerProcess.PYTHON, TestPaths.peerFile("rtsp-server.py").toString(), String.valueOf(port), user,
                password, "0"));
        command.addAll(List.of(aliases));
        return new RtspTestPeer(PeerProcess.start("rtsp-peer-ns-" + System.nanoTime(), command), address, port);
    }

    public int port() {
        return port;
    }

    /** The stored form of a URL on this peer: no credentials. */
    public String url(String path) {
        return "rtsp://" + host + ":" + port + path;
    }

    @Override
    public void close() {
        process.close();
    }
}
