package io.ohmvision.launcher;

import java.util.Locale;

/** The database in use, as an operator reads it in the start-up block: never a password. */
final class DatabaseDescription {

    private static final String H2_FILE = "jdbc:h2:file:";

    private DatabaseDescription() {
    }

    static String of(String jdbcUrl, String user) {
        if (jdbcUrl.startsWith(H2_FILE)) {
            String path = jdbcUrl.substring(H2_FILE.length());
            int options = path.indexOf(';');
            return "H2 (embedded) in the file " + (options < 0 ? path : path.substring(0, options)) + ".mv.db";
        }
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        int query = jdbcUrl.indexOf('?');
        // a JDBC URL may carry a password in its query (?password=...): the block shows the URL without it
        String shown = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String kind = lower.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "database";
        return kind + " " + shown + (user == null || user.isBlank() ? "" : " as " + user);
    }
}
