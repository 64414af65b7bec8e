package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A camera that accepts connections on loopback and holds them without a byte of answer until closed: what a hung
 * device or a firewall that swallows the answer looks like to a probe.
 */
public final class SilentPeer implements AutoCloseable {

    /** Counted down by the first connection. */
    public final CountDownLatch connected = new CountDownLatch(1);
    private final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket server;
    private final List<Socket> held = new ArrayList<>();

    public SilentPeer() {
        try {
            server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "silent-peer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A URL of the given scheme and path on this peer. */
    public String url(String scheme, String path) {
        return scheme + "://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** How many connections it has accepted. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        try {
            while (true) {
                Socket socket = server.accept();
                synchronized (held) {
                    held.add(socket);
                }
                connections.incrementAndGet();
                connected.countDown();
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (held) {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
