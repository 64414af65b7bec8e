package io.ohmvision.discovery.control;

import io.ohmvision.catalog.entity.ServiceReply;
import java.io.ByteArrayOutputStream;
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
public final class ServiceGreeting {

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

    /** RTSP keeps the connection open after a reply, so reading stops at the end of the headers there. */
    private static String read(Socket socket, long deadline, boolean headersOnly) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (reply.size() < MAX_REPLY_BYTES) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            socket.setSoTimeout((int) left);
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException slow) {
                break;
            }
            if (n < 0) {
                break;
            }
            reply.write(buffer, 0, n);
            if (headersOnly && reply.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                break;
            }
        }
        return reply.toString(StandardCharsets.ISO_8859_1);
    }
}
