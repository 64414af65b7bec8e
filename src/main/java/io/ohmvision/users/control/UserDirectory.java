package io.ohmvision.users.control;

import io.ohmvision.platform.ExpiringMap;
import io.ohmvision.users.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may sign in, as this node knows it for a short while: each user's current role, and the credentials verified
 * recently ({@link VerifiedCredentials}). Every request of a console session reads its role here, so a role change
 * or a deleted user takes effect on the next request; a {@link UserChanged} from any cluster member makes this node
 * forget the user at once, and the time to live bounds what a lost message could leave behind.
 */
@ApplicationScoped
public class UserDirectory {

    @Inject
    UserAccounts accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ohmvision.login.cache.time-to-live", defaultValue = "PT60S")
    Duration timeToLive;

    @Inject
    @ConfigProperty(name = "ohmvision.login.cache.size", defaultValue = "1000")
    int size;

    private ExpiringMap<String, String> roles;
    private VerifiedCredentials verified;

    @PostConstruct
    void init() {
        roles = new ExpiringMap<>(size, clock);
        verified = new VerifiedCredentials(size, timeToLive, clock);
    }

    /** The user's role now; empty when the user does not exist (any more). */
    public Optional<String> roleOf(String username) {
        Optional<String> known = roles.get(username);
        if (known.isPresent()) {
            return known;
        }
        long mark = roles.mark();
        Optional<String> role = accounts.find(username).map(User::role);
        role.ifPresent(r -> roles.putUnlessRemovedSince(mark, username, r, clock.instant().plus(timeToLive)));
        return role;
    }

    VerifiedCredentials verified() {
        return verified;
    }

    void userChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserChanged change) {
        roles.remove(change.username());
        verified.forget(change.username());
    }
}
