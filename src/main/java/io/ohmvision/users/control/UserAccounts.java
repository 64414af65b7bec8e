package io.ohmvision.users.control;

import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.Roles;
import io.ohmvision.users.entity.User;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Creates and changes users. Refuses to leave the service without an admin. Every change is announced
 * ({@link UserChanged}), so that no node keeps honouring an old password or role.
 */
@Stateless
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Event<UserChanged> changes;

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
        User user = new User(username, hashing.hash(password), role);
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
            user.changePasswordHash(hashing.hash(newPassword));
        }
        if (newPassword != null || newRole != null) {
            changes.fire(new UserChanged(username, newPassword != null));
        }
        return user;
    }

    public void delete(String username) {
        User user = find(username).orElseThrow(() -> ProblemException.notFound("No user '" + username + "'"));
        refuseLosingLastAdmin(user);
        em.remove(user);
        changes.fire(new UserChanged(username, true));
    }

    /**
     * Replaces a password hash by a stronger one of the same password, unless the password was changed meanwhile.
     *
     * @return whether it was replaced
     */
    public boolean replaceHash(String username, String oldHash, String newHash) {
        return em.createNamedQuery(User.REPLACE_HASH).setParameter("username", username)
                .setParameter("oldHash", oldHash).setParameter("newHash", newHash).executeUpdate() == 1;
    }

    private void refuseLosingLastAdmin(User user) {
        long admins = em.createNamedQuery(User.COUNT_BY_ROLE, Long.class).setParameter("role", Roles.ADMIN)
                .getSingleResult();
        if (Roles.ADMIN.equals(user.role()) && admins <= 1) {
            throw ProblemException.conflict("'" + user.username() + "' is the last admin; create another admin first");
        }
    }
}
