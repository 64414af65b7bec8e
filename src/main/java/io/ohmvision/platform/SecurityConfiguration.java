package io.ohmvision.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Users are checked against the users table (by BrowserOrBasicAuthentication: HTTP Basic for the API, a login page
 * for the console) through users.control.UserIdentityStore; passwords are stored as PBKDF2 hashes
 * (users.control.PasswordHashing). The role column is the caller's group, mapped one to one to the roles admin,
 * operator, viewer.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
public class SecurityConfiguration {
}
