package io.ohmvision.users.control;

import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.Roles;
import io.ohmvision.users.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Optional;

/** Creates and changes users. Refuses to leave the service without an admin. */
@Stateless
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        // The identity store verifies with the same defaults, so hashes made here are accepted there.
        hash.initialize(java.util.Map.of());
    }

    public List<User> all() {
        return em.createNamedQuery(User.ALL, User.class).getResultList();
    }

    public Optional<User> find(String username) {
        return em.createNamedQuery(User.BY_NAME, User.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    public boolean isEmpty() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult() == 0;
    }

    public User create(String username, String password, String role) {
        if (find(username).isPresent()) {
            throw ProblemException.conflict("User '" + username + "' already exists");
        }
        User user = new User(username, hash.generate(password.toCharArray()), role);
        em.persist(user);
        return user;
    }

    public User change(String username, String newPassword, String newRole) {
        User user = find(username).orElseThrow(() -> ProblemException.notFound("No user '" + username + "'"));
        if (newRole != null && !newRole.equals(user.role())) {
            refuseLosingLastAdmin(user);
            user.changeRole(newRole);
        }
        if (newPassword != null) {
            user.changePasswordHash(hash.generate(newPassword.toCharArray()));
        }
        return user;
    }

    public void delete(String username) {
        User user = find(username).orElseThrow(() -> ProblemException.notFound("No user '" + username + "'"));
        refuseLosingLastAdmin(user);
        em.remove(user);
    }

    private void refuseLosingLastAdmin(User user) {
        long admins = em.createNamedQuery(User.COUNT_BY_ROLE, Long.class).setParameter("role", Roles.ADMIN)
                .getSingleResult();
        if (Roles.ADMIN.equals(user.role()) && admins <= 1) {
            throw ProblemException.conflict("'" + user.username() + "' is the last admin; create another admin first");
        }
    }
}
