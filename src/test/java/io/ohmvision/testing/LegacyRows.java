package io.ohmvision.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes camera rows the way older versions did: a name and an rtsp_url with the credentials typed inside. */
public final class LegacyRows {

    /** Passwords with every character that breaks naive URL parsing. */
    public static final String HIKVISION_PASSWORD = "p@ss:w/rd%#1";
    public static final String ENCODED_PASSWORD = "pa@ss w€";
    public static final String PLAIN_COLUMN_PASSWORD = "plain-column-Secret";
    /** A URL whose scheme no connection type handles: completed as an rtsp camera, as older versions accepted it. */
    public static final String LEGACY_FTP = "legacy-ftp";
    public static final long LEGACY_FTP_ID = 9006;

    private LegacyRows() {
    }

    public static void insert(Connection connection) throws SQLException {
        insert(connection, 9001, "legacy-hikvision",
                "rtsp://admin:" + HIKVISION_PASSWORD + "@192.168.1.64:554/Streaming/Channels/101", null, null);
        insert(connection, 9002, "legacy-dahua", "rtsp://10.1.2.3/cam/realmonitor?channel=1&subtype=0", null, null);
        insert(connection, 9003, "legacy-encoded", "rtsp://viewer:pa%40ss%20w%E2%82%AC@cam.local:8554/live", null, null);
        insert(connection, 9004, "legacy-plain-password", "rtsp://10.1.2.4:554/h264Preview_01_main", "admin",
                PLAIN_COLUMN_PASSWORD);
        insert(connection, 9005, "legacy-garbage", "not a url at all", null, null);
        insert(connection, LEGACY_FTP_ID, LEGACY_FTP, "ftp://10.1.2.5/stream.mp4", null, null);
    }

    private static void insert(Connection connection, long id, String name, String url, String user, String password)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into cameras (id, name, rtsp_url, username, password) values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setString(3, url);
            insert.setString(4, user);
            insert.setString(5, password);
            insert.executeUpdate();
        }
    }
}
