package io.ohmvision.admin;

import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in console user and what the role allows. Pages use it to hide edit controls; beans call
 * {@link #requireEditor()} before every change, so a forged request from a viewer is refused too.
 */
@Named
@RequestScoped
public class ConsoleUser {

    @Inject
    SecurityContext security;

    public String getName() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public String getRole() {
        return Roles.ALL.stream().filter(security::isCallerInRole).findFirst().orElse("none");
    }

    /** Operators and admins manage cameras and scans. */
    public boolean isEditor() {
        return security.isCallerInRole(Roles.ADMIN) || security.isCallerInRole(Roles.OPERATOR);
    }

    /** Only admins set camera credentials. */
    public boolean isAdmin() {
        return security.isCallerInRole(Roles.ADMIN);
    }

    public void requireEditor() {
        if (!isEditor()) {
            throw ProblemException.forbidden("Your role (" + getRole() + ") may look but not change anything: "
                    + "ask an operator or admin");
        }
    }
}
