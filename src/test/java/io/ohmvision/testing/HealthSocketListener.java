package io.ohmvision.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A /ws/health client that keeps every message it receives, authenticated as the test admin. */
public final class HealthSocketListener implements AutoCloseable {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private HealthSocketListener(RunningServer server) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + RunningServer.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create("ws://127.0.0.1:" + server.payara().port() + "/ws/health");
        socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Basic " + auth)
                .buildAsync(uri, new WebSocket.Listener() {
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

    public static HealthSocketListener open(RunningServer server) throws Exception {
        return new HealthSocketListener(server);
    }

    public List<String> received() {
        return received;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
