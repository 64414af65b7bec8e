package io.ohmvision.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server whose paths answer with whatever a test scripts: captured camera replies, quirks no
 * installable server has, or silence. It records the requests it got.
 */
public final class ScriptedHttpServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Request(String path, String authorization) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private ScriptedHttpServer(HttpServer server) {
        this.server = server;
        server.setExecutor(threads);
    }

    public static ScriptedHttpServer start() {
        return startOn("127.0.0.1");
    }

    /** On another loopback address, e.g. 127.0.0.2: another host as far as a camera's URLs go. */
    public static ScriptedHttpServer startOn(String loopbackAddress) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(loopbackAddress), 0), 50);
            ScriptedHttpServer scripted = new ScriptedHttpServer(server);
            server.start();
            return scripted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ScriptedHttpServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(new Request(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + path;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A complete reply with a body of known length. */
    public static HttpHandler reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        return exchange -> {
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", contentType);
            }
            send(exchange, status, body);
        };
    }

    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
