package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;

/** Free ports on 127.0.0.1 for test peers, and waiting until a peer listens on one. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * Ports a scan reads as a maker's SDK port, where auto-detect tries no stream: both lie in Linux's range of
     * ephemeral ports, and a peer given one was not detected (ConsoleUiIT's wizard once drew 34567).
     */
    private static final Set<Integer> SDK_PORTS = Set.of(34567, 37777);

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return SDK_PORTS.contains(socket.getLocalPort()) ? free() : socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the owner when it ends or does not listen in time, so that a failed start leaves nothing behind. */
    public static void awaitListening(int port, ExternalProcess owner) {
        awaitListening(InetAddress.getLoopbackAddress(), port, owner);
    }

    /** As {@link #awaitListening(int, ExternalProcess)}, on another address (a peer in a test namespace). */
    public static void awaitListening(InetAddress address, int port, ExternalProcess owner) {
        Readiness.await(owner, () -> {
            owner.requireAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 500);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }
}
