package io.ohmvision.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cameras table of the previous version (v3) as a test makes it, and rows written into it as v3 writes them:
 * plain SQL, the id left to the table. Besides what v3 reads (id, name, rtsp_url, ip_address, port) the table has
 * columns of its own that OhmVision does not know, one of them a created_at of another type than OhmVision's.
 */
public final class V3Database {

    /** How v3's table gives ids. */
    public enum Ids {
        /** PostgreSQL only. */
        SERIAL("serial"),
        /** PostgreSQL and H2; ALWAYS refuses an id given by anyone else, as OhmVision gives them. */
        IDENTITY("integer generated always as identity"),
        /** H2 only; an identity by default there. */
        AUTO_INCREMENT("bigint auto_increment");

        private final String column;

        Ids(String column) {
            this.column = column;
        }
    }

    /** A camera as v3 writes it; v3 leaves address and port null at times. */
    public record Row(String name, String rtspUrl, String ipAddress, Integer port, String location, boolean active) {
    }

    /** A row as stored, in the columns v3 reads and those of its own. */
    public record Stored(long id, String name, String rtspUrl, String ipAddress, Integer port, String location,
                         boolean active, Timestamp createdAt) {
    }

    /** '@', ':' and '#' of the password percent-encoded, as a URL must carry them. */
    public static final Row GATE = new Row("v3-gate",
            "rtsp://admin:p%40ss%3Aw%23rd@192.168.1.64:554/Streaming/Channels/101", "192.168.1.64", 554, "north gate",
            true);
    public static final Row YARD = new Row("v3-yard",
            "rtsp://operator:yard-S3cret@10.0.0.7/cam/realmonitor?channel=1&subtype=0", "10.0.0.7", null, null, true);
    public static final Row LOBBY = new Row("v3-lobby", "rtsp://10.0.0.8:8554/live", null, null, "lobby", true);
    /** The password typed into the URL raw, as v3 accepted it. */
    public static final Row DOOR = new Row("v3-door", "rtsp://admin:d00r@x:y/z#1@10.0.0.5:554/h264Preview_01_main",
            "10.0.0.5", 554, null, true);
    public static final Row UNPLUGGED = new Row("v3-unplugged", null, "10.0.0.9", 554, "store room", false);
    /** What v3 writes once OhmVision has adopted its database. */
    public static final Row GARAGE = new Row("v3-garage",
            "rtsp://admin:g%23r%40ge@10.0.0.10:554/Streaming/Channels/201", "10.0.0.10", 554, "garage", true);

    public static final List<Row> BEFORE_ADOPTION = List.of(GATE, YARD, LOBBY, DOOR, UNPLUGGED);
    /** Every password in those URLs, decoded and as the URLs carry them: never in an answer or a log. */
    public static final List<String> PASSWORDS = List.of("p@ss:w#rd", "p%40ss%3Aw%23rd", "yard-S3cret", "d00r@x:y/z#1",
            "g#r@ge", "g%23r%40ge");

    private final Ids ids;
    private Map<String, Stored> asWritten = Map.of();

    public V3Database(Ids ids) {
        this.ids = ids;
    }

    /** v3's table with its rows, as v3 left the database. */
    public void createWithRows(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table cameras (id " + ids.column + " primary key, name varchar(100) not null, "
                    + "rtsp_url varchar(1000), ip_address varchar(45), port integer, location varchar(200), "
                    + "is_active boolean default true not null, created_at timestamp default current_timestamp)");
            for (Row row : BEFORE_ADOPTION) {
                insert(connection, row);
            }
        }
        asWritten = read(database);
    }

    /** The rows as v3 left them, ids and times included, before anything else ran on the database. */
    public Map<String, Stored> asWritten() {
        return asWritten;
    }

    /** Inserts a row as v3 does: every column it knows but the id. */
    public static void insert(TestDatabase database, Row row) throws SQLException {
        try (Connection connection = database.connect()) {
            insert(connection, row);
        }
    }

    private static void insert(Connection connection, Row row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into cameras "
                + "(name, rtsp_url, ip_address, port, location, is_active) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, row.name());
            insert.setString(2, row.rtspUrl());
            insert.setString(3, row.ipAddress());
            insert.setObject(4, row.port(), Types.INTEGER);
            insert.setString(5, row.location());
            insert.setBoolean(6, row.active());
            insert.executeUpdate();
        }
    }

    /** Every camera, by name, in the columns v3 knows. */
    public static Map<String, Stored> read(TestDatabase database) throws SQLException {
        Map<String, Stored> rows = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("select id, name, rtsp_url, ip_address, port, location, is_active, "
                     + "created_at from cameras order by id")) {
            while (rs.next()) {
                rows.put(rs.getString("name"), new Stored(rs.getLong("id"), rs.getString("name"),
                        rs.getString("rtsp_url"), rs.getString("ip_address"), (Integer) rs.getObject("port"),
                        rs.getString("location"), rs.getBoolean("is_active"), rs.getTimestamp("created_at")));
            }
        }
        return rows;
    }
}
