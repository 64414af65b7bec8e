package io.ohmvision.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

/**
 * A WebSocket client, by default of one server's /ws/health signed in as the test admin, keeping every message it
 * receives and the close code the server sends.
 */
public final class HealthSocketClient implements AutoCloseable {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final WebSocket socket;

    public HealthSocketClient(PayaraMicro server) throws InterruptedException, ExecutionException {
        this(URI.create("ws://127.0.0.1:" + server.port() + "/ws/health"),
                Map.of("Authorization", basic("admin", RunningServer.ADMIN_PASSWORD)));
    }

    /**
     * @param headers of the handshake (Authorization, Cookie, Origin)
     * @throws ExecutionException when the handshake is refused (a java.net.http.WebSocketHandshakeException)
     */
    public HealthSocketClient(URI uri, Map<String, String> headers) throws InterruptedException, ExecutionException {
        this(HttpClient.newHttpClient(), uri, headers);
    }

    /** @param http the client to connect with (one that trusts a test certificate, for wss:) */
    public HealthSocketClient(HttpClient http, URI uri, Map<String, String> headers)
            throws InterruptedException, ExecutionException {
        WebSocket.Builder builder = http.newWebSocketBuilder();
        headers.forEach(builder::header);
        socket = builder.buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    received.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closedWith.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closedWith.completeExceptionally(error);
            }
        }).get();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    /** Completes with the close code when the server closes the socket. */
    public CompletableFuture<Integer> closedWith() {
        return closedWith;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
