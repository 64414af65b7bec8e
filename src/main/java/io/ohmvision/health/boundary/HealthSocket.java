package io.ohmvision.health.boundary;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * /ws/health: every health level change as JSON, as it happens. The handshake is an HTTP GET under the same
 * security constraint as the API (web.xml), so only authenticated users connect.
 */
@ServerEndpoint("/ws/health")
public class HealthSocket {

    @Inject
    HealthSessions sessions;

    @OnOpen
    public void open(Session session) {
        sessions.add(session);
    }

    /** The answer to a ping {@link HealthSessions} sent: the client read everything sent before that ping. */
    @OnMessage
    public void pong(PongMessage pong, Session session) {
        sessions.pong(session, pong.getApplicationData());
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        sessions.remove(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        sessions.remove(session);
    }
}
