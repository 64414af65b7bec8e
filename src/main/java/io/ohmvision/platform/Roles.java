package io.ohmvision.platform;

import java.util.List;

/** The three roles. Viewers read; operators also manage cameras; admins also manage credentials and users. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";
    public static final List<String> ALL = List.of(ADMIN, OPERATOR, VIEWER);

    private Roles() {
    }
}
