package io.ohmvision.platform.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Set;
import java.util.function.Function;

/**
 * The one way a feature reaches live clients: a message published to a topic goes, as JSON, to every /ws/health
 * client and to every console page listening on the Faces push channel of that topic, on this member. Publish
 * after commit (observe an event {@code during = AFTER_SUCCESS}), so nobody hears of a change that was rolled back;
 * in a cluster the event is relayed, so every member publishes it to its own clients.
 */
@ApplicationScoped
public class LiveChannel {

    /** The only topic so far: health changes and the events cameras push (webhooks). */
    public static final String HEALTH = "health";
    private static final Set<String> TOPICS = Set.of(HEALTH);

    @Inject
    LiveSessions sockets;

    @Inject
    ConsolePush console;

    /** JSON-B, made on first use (the provider is the container's). */
    Function<Object, String> toJson = payload -> Json.BINDING.toJson(payload);

    private static final class Json {
        static final Jsonb BINDING = JsonbBuilder.create();
    }

    /**
     * @param payload serialised with JSON-B; its fields are what clients read, so it carries its own
     *                {@code type} (e.g. "health-change") for clients to tell messages apart
     * @throws IllegalArgumentException for a topic no client can listen to
     */
    public void publish(String topic, Object payload) {
        if (!TOPICS.contains(topic)) {
            throw new IllegalArgumentException("no live topic " + topic + "; there are " + TOPICS);
        }
        String json = toJson.apply(payload);
        sockets.send(json);
        console.send(json);
    }
}
