package io.ohmvision.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * A WebSocket client on a raw socket that completes the handshake and then stops reading, as a client that hangs or
 * reads too slowly would: the server's messages pile up in the kernel's buffers (kept small here) and then in the
 * server. {@link #drain} reads what the server sent after all, up to its close frame.
 */
public final class StalledWebSocket implements AutoCloseable {

    /**
     * What a drain found: text messages, then how the server ended (the close code, or -1 for none), and whether it
     * then closed the connection (end of stream) without waiting for this client's own close frame.
     */
    public record Drained(int messages, int closeCode, String closeReason, boolean connectionClosed) {
    }

    private final Socket socket;
    private final DataInputStream in;

    /** @param basicAuth user:password for the handshake */
    public StalledWebSocket(PayaraMicro server, String path, String basicAuth) throws IOException {
        socket = new Socket();
        socket.setReceiveBufferSize(4096); // before connecting, so the window the server sees stays small
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        socket.setSoTimeout(20_000);
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8))
                + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        String head = readHead(in);
        if (!head.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("handshake refused: " + head.lines().findFirst().orElse(""));
        }
    }

    /** Reads everything the server sent until its close frame, the end of the stream or {@code quiet} of silence. */
    public Drained drain(Duration quiet) throws IOException {
        socket.setSoTimeout((int) quiet.toMillis());
        int messages = 0;
        try {
            while (true) {
                int first = in.readUnsignedByte();
                int opcode = first & 0x0F;
                byte[] payload = payload(in);
                if (opcode == 0x8) {
                    int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
                    String reason = payload.length > 2
                            ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                    return new Drained(messages, code, reason, endsWithin(quiet));
                }
                if (opcode == 0x1 && (first & 0x80) != 0) {
                    messages++;
                }
            }
        } catch (EOFException | SocketTimeoutException ended) {
            return new Drained(messages, -1, "", false);
        }
    }

    private boolean endsWithin(Duration quiet) throws IOException {
        socket.setSoTimeout((int) quiet.toMillis());
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        }
    }

    private static byte[] payload(DataInputStream in) throws IOException {
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : null;
        byte[] payload = in.readNBytes((int) length);
        if (payload.length < length) {
            throw new EOFException();
        }
        if (mask != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
        }
        return payload;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed during the handshake");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
