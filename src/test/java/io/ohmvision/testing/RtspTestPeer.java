package io.ohmvision.testing;

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

    /** @param extraChannels how many /ch1../chN paths to serve beside /main and /sub */
    public static RtspTestPeer start(String user, String password, int extraChannels) {
        int port = PeerProcess.freeLoopbackPort();
        PeerProcess process = PeerProcess.start("rtsp-peer-" + port, List.of(PeerProcess.PYTHON,
                PeerProcess.script("rtsp-server.py").toString(), String.valueOf(port), user, password,
                String.valueOf(extraChannels)));
        return new RtspTestPeer(process, port);
    }

    /** The stored form of a URL on this peer: no credentials. */
    public String url(String path) {
        return "rtsp://127.0.0.1:" + port + path;
    }

    @Override
    public void close() {
        process.close();
    }
}
