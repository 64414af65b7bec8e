package io.ohmvision.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A loopback TCP server that answers each RTSP request with whatever a script says: a canned reply, garbage,
 * a close, or nothing at all. It reproduces camera quirks that no installable server has.
 */
public final class ScriptedRtspServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Request(int connection, String method, String uri, List<String> headerLines) {

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip()).findFirst();
        }

        public Optional<String> authorization() {
            return header("Authorization");
        }
    }

    /** What the server does with a request. */
    public record Reply(byte[] bytes, boolean closeAfter, boolean silent) {

        public static Reply fixture(String resource) {
            return new Reply(Fixtures.bytes(resource), false, false);
        }

        public static Reply text(String raw) {
            return new Reply(raw.getBytes(StandardCharsets.UTF_8), false, false);
        }

        public static Reply close() {
            return new Reply(new byte[0], true, false);
        }

        /** Reads the request and never answers. */
        public static Reply silence() {
            return new Reply(new byte[0], false, true);
        }

        /** Sends the start of a reply, then nothing more. */
        public static Reply stallAfter(String start) {
            return new Reply(start.getBytes(StandardCharsets.UTF_8), false, true);
        }

        public Reply thenClose() {
            return new Reply(bytes, true, silent);
        }
    }

    private final ServerSocket listener;
    private final Function<Request, Reply> script;
    private final byte[] greeting;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private ScriptedRtspServer(Function<Request, Reply> script, byte[] greeting) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.script = script;
        this.greeting = greeting;
        Thread acceptor = new Thread(this::acceptLoop, "scripted-rtsp-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static ScriptedRtspServer start(Function<Request, Reply> script) {
        return start(script, new byte[0]);
    }

    /** @param greeting bytes sent as soon as a client connects, before it says anything */
    public static ScriptedRtspServer start(Function<Request, Reply> script, byte[] greeting) {
        try {
            return new ScriptedRtspServer(script, greeting);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String url(String path) {
        return "rtsp://127.0.0.1:" + port() + path;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).toList();
    }

    private void acceptLoop() {
        int number = 0;
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.add(socket);
                int connection = ++number;
                Thread worker = new Thread(() -> serve(socket, connection), "scripted-rtsp-connection-" + connection);
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            out.write(greeting);
            out.flush();
            for (String head = readHead(in); head != null; head = readHead(in)) {
                List<String> lines = head.lines().toList();
                String[] requestLine = lines.get(0).split(" ");
                Request request = new Request(connection, requestLine[0],
                        requestLine.length > 1 ? requestLine[1] : "", lines.subList(1, lines.size()));
                requests.add(request);
                Reply reply = script.apply(request);
                out.write(reply.bytes());
                out.flush();
                if (reply.silent()) {
                    in.transferTo(OutputStream.nullOutputStream()); // hold the connection until the client gives up
                    return;
                }
                if (reply.closeAfter()) {
                    return;
                }
            }
        } catch (IOException clientWentAway) {
            // the probe closing its side ends this connection
        }
    }

    /** The request line and headers, or null at end of stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == end.length) {
                return head.toString(StandardCharsets.UTF_8).strip();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}
