package io.ohmvision.health.boundary;

import io.ohmvision.health.control.HealthChange;
import io.ohmvision.users.control.UserChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open /ws/health sessions, and the broadcast of committed health changes (and other live events) to them. A
 * session whose user changed (password, role, deleted; on any cluster member) is closed: a client that may still
 * connect does so again with its current credentials.
 */
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

    void userChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserChanged change) {
        for (Session session : open) {
            Principal user = session.getUserPrincipal();
            if (user != null && user.getName().equals(change.username())) {
                open.remove(session);
                close(session);
            }
        }
    }

    private static void close(Session session) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                    "Your user changed: connect again with your current credentials"));
        } catch (IOException alreadyGone) {
            // closed meanwhile
        }
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
