package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.TestDatabase;
import io.ohmvision.testing.V3Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The changelogs, outside the container, on a database that holds the previous version's (v3) cameras table: the
 * table is adopted instead of created, gains every column of OhmVision's own with the same definition, keeps v3's
 * columns and values, and the ids OhmVision (JPA, blocks of 50 from cameras_seq) and v3 (the column's default) take
 * afterwards never collide.
 */
abstract class V3SchemaAdoptionContract {

    /** A new, empty database of the kind under test, dropped when closed. */
    abstract TestDatabase freshDatabase();

    void adoptsTheTableOfV3WhoseIdsComeFrom(V3Database.Ids ids) throws Exception {
        Map<String, String> ohmVisionColumns;
        try (TestDatabase fresh = freshDatabase()) {
            SchemaMigration.run(fresh.dataSource());
            ohmVisionColumns = cameraColumns(fresh);
        }
        try (TestDatabase database = freshDatabase()) {
            V3Database v3 = new V3Database(ids);
            v3.createWithRows(database);
            Map<String, String> v3Columns = cameraColumns(database);

            SchemaMigration.run(database.dataSource());
            SchemaMigration.run(database.dataSource());

            assertThat(changeSets(database)).containsEntry("001-cameras", "MARK_RAN")
                    .containsEntry("014-v3-cameras-ids", "EXECUTED");
            Map<String, String> adopted = cameraColumns(database);
            ohmVisionColumns.keySet().removeAll(v3Columns.keySet());
            assertThat(adopted).containsAllEntriesOf(ohmVisionColumns);
            String v3Id = v3Columns.remove("id");
            assertThat(adopted).containsAllEntriesOf(v3Columns);
            assertThat(adopted.get("id")).as("the id column, its default now drawn from cameras_seq")
                    .startsWith(v3Id.substring(0, v3Id.indexOf(' '))).containsIgnoringCase("cameras_seq");
            assertThat(V3Database.read(database)).isEqualTo(v3.asWritten());

            long lastV3Id = v3.asWritten().values().stream().mapToLong(V3Database.Stored::id).max().orElseThrow();
            long firstBlock = nextJpaBlockEnd(database);
            assertThat(firstBlock - 49).as("OhmVision's first id").isGreaterThan(lastV3Id);
            V3Database.insert(database, V3Database.GARAGE);
            long garage = V3Database.read(database).get(V3Database.GARAGE.name()).id();
            long secondBlock = nextJpaBlockEnd(database);
            assertThat(garage).as("the id of a row v3 inserts afterwards").isGreaterThan(lastV3Id)
                    .doesNotMatch(id -> inBlock(id, firstBlock), "in OhmVision's first block")
                    .doesNotMatch(id -> inBlock(id, secondBlock), "in OhmVision's second block");
        }
    }

    private static boolean inBlock(long id, long blockEnd) {
        return id > blockEnd - 50 && id <= blockEnd;
    }

    /** What EclipseLink does for a block of ids: it takes the sequence's next value V as the last of V-49..V. */
    private static long nextJpaBlockEnd(TestDatabase database) throws SQLException {
        String next = database.isPostgres() ? "select nextval('cameras_seq')" : "select next value for cameras_seq";
        try (Connection connection = database.connect(); Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery(next)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each column of cameras by name, with its type, nullability and default. */
    private static Map<String, String> cameraColumns(TestDatabase database) throws SQLException {
        Map<String, String> columns = new HashMap<>();
        try (Connection connection = database.connect(); Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("select column_name, data_type, is_nullable, column_default "
                     + "from information_schema.columns where lower(table_name) = 'cameras' "
                     + "and lower(table_schema) = 'public'")) {
            while (rs.next()) {
                columns.put(rs.getString(1).toLowerCase(Locale.ROOT),
                        rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return columns;
    }

    private static Map<String, String> changeSets(TestDatabase database) throws SQLException {
        Map<String, String> run = new HashMap<>();
        try (Connection connection = database.connect(); Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("select id, exectype from databasechangelog")) {
            while (rs.next()) {
                run.put(rs.getString(1), rs.getString(2));
            }
        }
        return run;
    }
}
