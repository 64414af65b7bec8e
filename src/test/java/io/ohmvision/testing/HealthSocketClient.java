package io.ohmvision.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

/** A client of one server's /ws/health, signed in as the test admin, keeping every message it receives. */
public final class HealthSocketClient implements AutoCloseable {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    public HealthSocketClient(PayaraMicro server) throws InterruptedException, ExecutionException {
        String auth = Base64.getEncoder().encodeToString(("admin:" + RunningServer.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Basic " + auth)
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws/health"), new WebSocket.Listener() {
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
                }).get();
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        socket.abort();
    }
}
