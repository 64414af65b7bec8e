package io.ohmvision.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Users are checked against the users table (by BrowserOrBasicAuthentication: HTTP Basic for the API, a login page
 * for the console); passwords are stored as Jakarta Security's PBKDF2 hashes. The role column is the caller's group,
 * mapped one to one to the roles admin, operator, viewer.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = SchemaMigration.DATA_SOURCE,
        callerQuery = "select password_hash from users where username = ?",
        groupsQuery = "select role from users where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class SecurityConfiguration {
}
