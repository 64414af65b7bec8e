package io.ohmvision.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Free ports on 127.0.0.1 for test peers, and waiting until a peer listens on one. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the owner when it ends or does not listen in time, so that a failed start leaves nothing behind. */
    public static void awaitListening(int port, ExternalProcess owner) {
        try {
            awaitConnectable(port, owner);
        } catch (RuntimeException notListening) {
            owner.close();
            throw notListening;
        }
    }

    private static void awaitConnectable(int port, ExternalProcess owner) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            owner.requireAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }
}
