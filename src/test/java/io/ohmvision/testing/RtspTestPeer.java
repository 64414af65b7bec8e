package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real RTSP server for integration tests: {@code src/test/peers/rtsp-server.py} (GStreamer, Digest auth) on a free
 * loopback port, started and stopped by the test. Needs the Debian packages python3-gi gir1.2-gst-rtsp-server-1.0
 * gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly.
 */
public final class RtspTestPeer implements AutoCloseable {

    private final PeerProcess process;
    private final int port;

    private RtspTestPeer(PeerProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param extraChannels how many /ch1../chN paths to serve beside /main and /sub
     * @param aliases       vendor paths serving the main or sub stream, as "PATH=main" or "PATH=sub"
     */
    public static RtspTestPeer start(String user, String password, int extraChannels, String... aliases) {
        return startOn(freeLoopbackPort(), user, password, extraChannels, aliases);
    }

    /** As {@link #start}, on a given port: a server that comes back where it was. */
    public static RtspTestPeer startOn(int port, String user, String password, int extraChannels, String... aliases) {
        Path script = TestPaths.project().resolve("src/test/peers/rtsp-server.py");
        List<String> command = new ArrayList<>(List.of(PeerProcess.PYTHON, script.toString(), String.valueOf(port), user,
                password, String.valueOf(extraChannels)));
        command.addAll(List.of(aliases));
        PeerProcess process = PeerProcess.start("RTSP test peer", command,
                TestPaths.project().resolve("target/rtsp-peer-" + port + ".log"));
        return new RtspTestPeer(process, port);
    }

    public int port() {
        return port;
    }

    /** The stored form of a URL on this peer: no credentials. */
    public String url(String path) {
        return "rtsp://127.0.0.1:" + port + path;
    }

    @Override
    public void close() {
        process.close();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
