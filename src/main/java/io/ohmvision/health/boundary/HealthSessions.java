package io.ohmvision.health.boundary;

import io.ohmvision.health.control.HealthChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open /ws/health sessions, and the broadcast of committed health changes (and other live events) to them. */
@ApplicationScoped
public class HealthSessions {

    private final Set<Session> open = ConcurrentHashMap.newKeySet();

    void add(Session session) {
        open.add(session);
    }

    void remove(Session session) {
        open.remove(session);
    }

    void broadcast(@Observes(during = TransactionPhase.AFTER_SUCCESS) HealthChange change) {
        send(HealthEvent.json(change));
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
