package io.ohmvision.health.boundary;

import io.ohmvision.channels.StreamUrl;
import io.ohmvision.health.control.Causes;
import io.ohmvision.health.control.HealthChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open /ws/health sessions, and the broadcast of committed health changes (and other live events) to them. */
@ApplicationScoped
public class HealthSessions {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Set<Session> open = ConcurrentHashMap.newKeySet();

    /** What a client receives for each change. */
    public record HealthEvent(String type, long cameraId, String cameraName, String from, String to, String cause,
            String causeText, String reason, Instant since, Long latencyMillis, Instant at) {
    }

    void add(Session session) {
        open.add(session);
    }

    void remove(Session session) {
        open.remove(session);
    }

    void broadcast(@Observes(during = TransactionPhase.AFTER_SUCCESS) HealthChange change) {
        String json = JSON.toJson(new HealthEvent("health-change", change.cameraId(), change.cameraName(),
                change.from().wireName(), change.to().wireName(), change.cause() == null ? null : change.cause().name(),
                Causes.describe(change.cause()), StreamUrl.mask(change.reason()), change.since(),
                change.latencyMillis(), change.at()));
        send(json);
    }

    /** One message to every open session: health changes, and other live events (webhook pushes). */
    public void send(String json) {
        for (Session session : open) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(json);
            } else {
                open.remove(session);
            }
        }
    }
}
