package io.ohmvision.platform.live;

import io.ohmvision.users.control.UserChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open /ws/health sessions, and the broadcast of live messages ({@link LiveChannel}) to them.
 * Bounded both ways: at most {@code max-sessions} clients (one more is closed at once with 1013 "try again later"),
 * and a client that stops reading is closed (1008) once {@code max-pending} messages are not known to be read
 * ({@link ClientBacklog}: pings answered prove it), so one slow client cannot grow the server's memory or hold back
 * the others. A closed session counts against the cap until the container reports it gone. A session whose user
 * changed (password, role, deleted; on any cluster member) is closed: a client that may still connect does so again
 * with its current credentials.
 */
@ApplicationScoped
class LiveSessions {

    private static final Logger LOG = Logger.getLogger(LiveSessions.class.getName());

    private final int maxSessions;
    private final int maxPending;
    /** Each open session with how far it is behind. */
    private final Map<Session, ClientBacklog> open = new ConcurrentHashMap<>();

    /** For CDI's proxy. */
    protected LiveSessions() {
        this(0, 0);
    }

    @Inject
    LiveSessions(@ConfigProperty(name = "ohmvision.health.socket.max-sessions", defaultValue = "200") int maxSessions,
            @ConfigProperty(name = "ohmvision.health.socket.max-pending", defaultValue = "1000") int maxPending) {
        this.maxSessions = maxSessions;
        this.maxPending = maxPending;
    }

    /** Admits a session, or closes it at once (1013) when the server has as many as it takes. */
    void add(Session session) {
        boolean admitted;
        synchronized (open) {
            admitted = open.size() < maxSessions;
            if (admitted) {
                open.put(session, new ClientBacklog(maxPending));
            }
        }
        if (!admitted) {
            close(session, new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
                    "this server has " + maxSessions + " /ws/health clients already; try again later"));
        }
    }

    void remove(Session session) {
        open.remove(session);
    }

    void pong(Session session, ByteBuffer payload) {
        ClientBacklog backlog = open.get(session);
        if (backlog != null) {
            backlog.pong(payload);
        }
    }

    void userChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserChanged change) {
        for (Session session : open.keySet()) {
            Principal user = session.getUserPrincipal();
            if (user != null && user.getName().equals(change.username())) {
                open.remove(session);
                close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                        "Your user changed: connect again with your current credentials"));
            }
        }
    }

    /** One message to every open session. */
    void send(String json) {
        open.forEach((session, backlog) -> {
            if (!session.isOpen()) {
                return; // closed, or dropped below: gone from the map when the container reports it
            }
            ClientBacklog.Next next = backlog.send();
            if (next == ClientBacklog.Next.SKIP) {
                return;
            }
            if (next == ClientBacklog.Next.DROP_CLIENT) {
                LOG.info(() -> "Closed a /ws/health client that stopped reading (" + maxPending
                        + " messages not read)");
                close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
                        "too slow: " + maxPending + " messages not read"));
                return;
            }
            session.getAsyncRemote().sendText(json);
            if (next == ClientBacklog.Next.SEND_THEN_PING) {
                ping(session, backlog);
            }
        });
    }

    private static void ping(Session session, ClientBacklog backlog) {
        try {
            session.getAsyncRemote().sendPing(backlog.ping().orElseThrow());
        } catch (IOException | IllegalStateException | IllegalArgumentException gone) {
            // the session is closing: the container reports it and it leaves the map
        }
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException alreadyGone) {
            // the client left first: nothing more to release
        }
    }
}
