package io.ohmvision.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A console or API user; the password is only ever held as a PBKDF2 hash. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_NAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.ALL, query = "select u from User u order by u.username")
@NamedQuery(name = User.COUNT_BY_ROLE, query = "select count(u) from User u where u.role = :role")
@NamedQuery(name = User.REPLACE_HASH, query = "update User u set u.passwordHash = :newHash, u.version = u.version + 1"
        + " where u.username = :username and u.passwordHash = :oldHash")
public class User {

    public static final String BY_NAME = "User.byName";
    public static final String ALL = "User.all";
    public static final String COUNT_BY_ROLE = "User.countByRole";
    public static final String REPLACE_HASH = "User.replaceHash";

    @Id
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String passwordHash, String role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void changeRole(String newRole) {
        this.role = newRole;
    }
}
