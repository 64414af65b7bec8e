package io.ohmvision.users.control;

import io.ohmvision.users.entity.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The users table as Jakarta Security's identity store: the caller's group is the user's role. Credentials verified
 * within the last minute are recognised without hashing again; a password stored with an outdated hash is hashed
 * again at today's strength, in the background, right after it was verified (the only moment the password is known).
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(UserIdentityStore.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    UserDirectory directory;

    @Inject
    PasswordHashing hashing;

    @Resource
    ManagedExecutorService background;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = given.getCaller();
        String password = given.getPasswordAsString();
        VerifiedCredentials verified = directory.verified();
        if (verified.lookup(username, password).isPresent()) {
            return directory.roleOf(username).map(role -> valid(username, role))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        long mark = verified.mark();
        Optional<User> user = accounts.find(username);
        if (user.isEmpty()) {
            hashing.verifyDecoy(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        String stored = user.get().passwordHash();
        if (!hashing.matches(password, stored)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        verified.remember(username, password, mark);
        if (!PasswordHashing.isCurrent(stored)) {
            background.execute(() -> upgrade(username, password, stored));
        }
        return valid(username, user.get().role());
    }

    private void upgrade(String username, String password, String stored) {
        try {
            if (accounts.replaceHash(username, stored, hashing.hash(password))) {
                LOG.info(() -> "Password hash of user '" + username + "' upgraded to PBKDF2-HMAC-SHA256 with "
                        + PasswordHashing.ITERATIONS + " iterations");
            }
        } catch (RuntimeException e) {
            // the old hash still verifies: the next sign-in tries again
            LOG.log(Level.WARNING, "Could not upgrade the password hash of user '" + username + "'", e);
        }
    }

    private static CredentialValidationResult valid(String username, String role) {
        return new CredentialValidationResult(username, Set.of(role));
    }
}
