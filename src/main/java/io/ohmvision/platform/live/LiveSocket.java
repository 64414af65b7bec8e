package io.ohmvision.platform.live;

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
 * /ws/health: every live message ({@link LiveChannel}: health level changes, camera pushes) as JSON, as it
 * happens. The name is the first topic's, kept for the clients that use it. The handshake is an HTTP GET under the same
 * security constraint as the API (web.xml), so only authenticated users connect.
 */
@ServerEndpoint("/ws/health")
public class LiveSocket {

    @Inject
    LiveSessions sessions;

    @OnOpen
    public void open(Session session) {
        sessions.add(session);
    }

    /** The answer to a ping {@link LiveSessions} sent: the client read everything sent before that ping. */
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
