package io.ohmvision.discovery.scan;

import io.ohmvision.catalog.entity.ServiceReply;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks an open port for the one reply that fingerprints a camera: an RTSP OPTIONS (Server header, realm) or an HTTP
 * GET of / (Server header, title, realm). Unauthenticated and read-only, as a browser's first request.
 */
final class ServiceGreeting {

    /** Enough for the headers and a login page's title. */
    private static final int MAX_REPLY_BYTES = 16 * 1024;

    public enum Protocol {
        RTSP, HTTP;

        String request(String host, int port) {
            return this == RTSP
                    ? "OPTIONS rtsp://" + host + ":" + port + "/ RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: OhmVision\r\n\r\n"
                    : "GET / HTTP/1.0\r\nHost: " + host + ":" + port + "\r\nUser-Agent: OhmVision\r\n"
                            + "Connection: close\r\n\r\n";
        }
    }

    private ServiceGreeting() {
    }

    /** Empty when the port does not answer within the timeout or answers something that is not such a reply. */
    public static Optional<ServiceReply> ask(String host, int port, Protocol protocol, Duration timeout) {
        try (Socket socket = new Socket()) {
            long deadline = System.nanoTime() + timeout.toNanos();
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            socket.getOutputStream().write(protocol.request(host, port).getBytes(StandardCharsets.US_ASCII));
            String reply = read(socket, deadline, protocol == Protocol.RTSP);
            return reply.startsWith("RTSP/") || reply.startsWith("HTTP/")
                    ? Optional.of(ServiceReply.parse(reply)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * RTSP keeps the connection open after a reply, so reading stops at the end of the headers there; only the bytes
     * a read added (and the three before them) are searched for it, so a device that trickles costs linear time.
     */
    private static String read(Socket socket, long deadline, boolean headersOnly) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] reply = new byte[MAX_REPLY_BYTES];
        int size = 0;
        while (size < reply.length) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            socket.setSoTimeout((int) left);
            int n;
            try {
                n = in.read(reply, size, reply.length - size);
            } catch (SocketTimeoutException slow) {
                break;
            }
            if (n < 0) {
                break;
            }
            int searchFrom = Math.max(0, size - 3);
            size += n;
            if (headersOnly && endsHeaders(reply, searchFrom, size)) {
                break;
            }
        }
        return new String(reply, 0, size, StandardCharsets.ISO_8859_1);
    }

    private static boolean endsHeaders(byte[] bytes, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return true;
            }
        }
        return false;
    }
}
