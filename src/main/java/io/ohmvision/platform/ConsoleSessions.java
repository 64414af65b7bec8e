package io.ohmvision.platform;

import io.ohmvision.users.control.UserChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console sessions signed in on this node, per user. When a user's password changes or the user is deleted
 * (on any cluster member), the user's sessions here end: their pages go back to the login page, and their Faces push
 * sockets, which belong to the session, close with it. A role change keeps the sessions: every request reads the
 * current role (BrowserOrBasicAuthentication).
 */
@ApplicationScoped
public class ConsoleSessions {

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    void signedIn(String username, HttpSession session) {
        byUser.compute(username, (user, sessions) -> {
            Set<HttpSession> all = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            all.add(session);
            return all;
        });
    }

    void ended(HttpSession session) {
        for (String username : byUser.keySet()) {
            byUser.computeIfPresent(username, (user, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    void userChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserChanged change) {
        if (!change.signedOut()) {
            return;
        }
        for (HttpSession session : List.copyOf(byUser.getOrDefault(change.username(), Set.of()))) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                ended(session);
            }
        }
    }

    /** Forgets sessions as they end (sign-out, time-out, invalidation). */
    @WebListener
    public static class Ends implements HttpSessionListener {

        @Inject
        ConsoleSessions sessions;

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.ended(event.getSession());
        }
    }
}
