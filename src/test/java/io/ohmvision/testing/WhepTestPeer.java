package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real WHEP server for integration tests: {@code src/test/peers/whep-server.py} (GStreamer webrtcbin) inside a
 * fresh network namespace at 198.18.1.10, since libnice offers no candidates on loopback. Needs root and the Debian
 * packages iproute2 python3-gi gir1.2-gst-plugins-bad-1.0 gstreamer1.0-plugins-bad gstreamer1.0-nice
 * gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly.
 */
public final class WhepTestPeer implements AutoCloseable {

    private static final int PORT = 8889; // MediaMTX's WHEP port; the namespace is fresh, so it is free

    private final TestNetworkNamespace namespace;
    private final PeerProcess server;

    private WhepTestPeer(TestNetworkNamespace namespace, PeerProcess server) {
        this.namespace = namespace;
        this.server = server;
    }

    /** @param token the Bearer token the peer requires, or null for none */
    public static WhepTestPeer start(String token) {
        TestNetworkNamespace namespace = TestNetworkNamespace.create("198.18.1.1/24", "198.18.1.10/24");
        try {
            List<String> command = new ArrayList<>(List.of(PeerProcess.PYTHON,
                    TestPaths.peerFile("whep-server.py").toString(), namespace.address(), String.valueOf(PORT)));
            if (token != null) {
                command.add(token);
            }
            return new WhepTestPeer(namespace, PeerProcess.start("whep-peer-" + System.nanoTime(),
                    namespace.inside(command.toArray(String[]::new))));
        } catch (RuntimeException failed) {
            namespace.close();
            throw failed;
        }
    }

    /** The stored form of a URL on this peer. */
    public String url(String path) {
        return "http://" + namespace.address() + ":" + PORT + path;
    }

    /** The peer's own count of sessions, as "created N deleted M active K". */
    public String sessionCounts() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/stats")))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server but keeps its address up, so that a connection is refused rather than unrouted. */
    public void stopServer() {
        server.close();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            namespace.close();
        }
    }
}
