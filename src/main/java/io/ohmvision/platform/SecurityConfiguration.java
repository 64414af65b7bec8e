package io.ohmvision.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * API users authenticate with HTTP Basic against the users table; passwords are stored as Jakarta Security's
 * PBKDF2 hashes. The role column is the caller's group, mapped one to one to the roles admin, operator, viewer.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
@BasicAuthenticationMechanismDefinition(realmName = "OhmVision")
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = SchemaMigration.DATA_SOURCE,
        callerQuery = "select password_hash from users where username = ?",
        groupsQuery = "select role from users where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class SecurityConfiguration {
}
