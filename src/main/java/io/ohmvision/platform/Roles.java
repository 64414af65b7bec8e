package io.ohmvision.platform;

import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The three roles. Viewers read; operators also manage cameras; admins also manage credentials and users. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";
    public static final List<String> ALL = List.of(ADMIN, OPERATOR, VIEWER);

    private Roles() {
    }

    /**
     * Refuses a caller who is not an admin, for the operations on credentials that web.xml lets operators reach.
     *
     * @param refusal the problem's detail, saying what only admins may do
     */
    public static void requireAdmin(SecurityContext caller, String refusal) {
        if (!caller.isUserInRole(ADMIN)) {
            throw ProblemException.forbidden(refusal);
        }
    }
}
