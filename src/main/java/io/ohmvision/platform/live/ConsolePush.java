package io.ohmvision.platform.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's Faces push channel "health": the same live messages as /ws/health ({@link LiveChannel}). Pages
 * listen with {@code <f:websocket channel="health" user="#{consoleUser.name}">}: a channel per signed-in user, which
 * belongs to the user's HTTP session, so the socket closes when the session ends (sign-out, time-out, or the user's
 * password changed or the user was deleted: platform.ConsoleSessions). Messages go to every user who opened the
 * channel; the handshake is under the console's security constraint.
 */
@ApplicationScoped
class ConsolePush {

    static final String CHANNEL = LiveChannel.HEALTH;

    @Inject
    @Push(channel = CHANNEL)
    PushContext channel;

    /** Users who opened the channel on this node (a handful: users are made by admins). */
    private final Set<String> listeners = ConcurrentHashMap.newKeySet();

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent opened) {
        if (CHANNEL.equals(opened.getChannel()) && opened.getUser() instanceof String user) {
            listeners.add(user);
        }
    }

    /** One message to every console listening here. */
    void send(String json) {
        if (!listeners.isEmpty()) {
            channel.send(json, Set.copyOf(listeners));
        }
    }
}
