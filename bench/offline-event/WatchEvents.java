import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/**
 * Prints every /ws/health message, prefixed with the epoch milliseconds it arrived, until killed.
 * usage: java WatchEvents.java ws://127.0.0.1:PORT/ws/health USER PASSWORD
 */
public class WatchEvents {

    public static void main(String[] args) throws Exception {
        String auth = Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Basic " + auth)
                .buildAsync(URI.create(args[0]), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            System.out.println(System.currentTimeMillis() + " " + partial);
                            System.out.flush();
                            partial.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                }).get();
        System.out.println("LISTENING");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
