package io.ohmvision.cameras;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.V3Database;
import io.ohmvision.testing.V3Database.Row;
import io.ohmvision.testing.V3Database.Stored;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * OhmVision started on the database of the previous version (v3), on each supported database: every v3 row is
 * listed as the design migrates it, no password is ever shown, OhmVision's own cameras get ids no v3 row has (now
 * or later), v3's columns keep what v3 reads, and a row v3 inserts meanwhile is completed at the next start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class V3DatabaseAdoptionContract {

    abstract RunningServer server();

    /** v3's table as the server's setup made it. */
    abstract V3Database v3();

    @Test
    @Order(1)
    void everyV3RowIsListedWithWhatItsUrlSays() {
        JsonPath gate = listed(V3Database.GATE);
        assertThat(gate.getString("connectionType")).isEqualTo("rtsp");
        assertThat(gate.getString("primaryStreamUrl")).isEqualTo("rtsp://192.168.1.64:554/Streaming/Channels/101");
        assertThat(gate.getString("legacyRtspUrl")).isEqualTo("rtsp://192.168.1.64:554/Streaming/Channels/101");
        assertThat(gate.getString("ipAddress")).isEqualTo("192.168.1.64");
        assertThat(gate.getInt("port")).isEqualTo(554);
        assertThat(gate.getString("manufacturer")).isEqualTo("hikvision");
        assertThat(gate.getString("username")).isEqualTo("admin");
        assertThat(gate.getBoolean("hasPassword")).isTrue();

        JsonPath yard = listed(V3Database.YARD);
        assertThat(yard.getInt("port")).as("v3 left it null; none in the URL").isEqualTo(554);
        assertThat(yard.getString("manufacturer")).isEqualTo("dahua");
        assertThat(yard.getBoolean("hasPassword")).isTrue();

        JsonPath lobby = listed(V3Database.LOBBY);
        assertThat(lobby.getString("ipAddress")).as("v3 left it null").isEqualTo("10.0.0.8");
        assertThat(lobby.getInt("port")).as("v3 left it null").isEqualTo(8554);
        assertThat(lobby.getString("manufacturer")).isEqualTo("generic-rtsp");
        assertThat(lobby.getBoolean("hasPassword")).isFalse();

        JsonPath door = listed(V3Database.DOOR);
        assertThat(door.getString("manufacturer")).isEqualTo("reolink");
        assertThat(door.getString("primaryStreamUrl")).isEqualTo("rtsp://10.0.0.5:554/h264Preview_01_main");
        assertThat(door.getBoolean("hasPassword")).isTrue();

        JsonPath unplugged = listed(V3Database.UNPLUGGED);
        assertThat(unplugged.getString("connectionType")).as("no URL to migrate").isNull();
        assertThat(unplugged.getString("ipAddress")).isEqualTo("10.0.0.9");

        for (Row row : V3Database.BEFORE_ADOPTION) {
            assertThat(listed(row).getLong("id")).as(row.name()).isEqualTo(v3().asWritten().get(row.name()).id());
        }
    }

    @Test
    @Order(2)
    void aCameraAddedInOhmVisionGetsAnIdNoV3RowHas() {
        assertThat(create("ohmvision-first")).isGreaterThan(lastIdOfV3());
    }

    @Test
    @Order(3)
    void v3KeepsWhatItReadsAndARowItInsertsMeanwhileIsCompletedAtTheNextStart() throws Exception {
        server().restartAfter(database -> {
            assertKeptAsV3Wrote(V3Database.read(database));
            V3Database.insert(database, V3Database.GARAGE);
        });

        JsonPath garage = listed(V3Database.GARAGE);
        assertThat(garage.getString("connectionType")).isEqualTo("rtsp");
        assertThat(garage.getString("manufacturer")).isEqualTo("hikvision");
        assertThat(garage.getString("username")).isEqualTo("admin");
        assertThat(garage.getBoolean("hasPassword")).isTrue();
        assertThat(garage.getLong("id")).isGreaterThan(lastIdOfV3());

        long second = create("ohmvision-second");
        List<Long> ids = server().adminApi().cameras().list("size=500").then().statusCode(200).extract()
                .jsonPath().getList("items.id", Long.class);
        assertThat(ids).doesNotHaveDuplicates().contains(second, garage.getLong("id"));
        listed("ohmvision-first");
    }

    @Test
    @Order(4)
    void noPasswordOfV3IsInAnyAnswerOrLog() {
        StringBuilder answers = new StringBuilder(server().adminApi().cameras().list("size=500").asString());
        for (long id : server().adminApi().cameras().list("size=500").jsonPath().getList("items.id", Long.class)) {
            answers.append(server().adminApi().cameras().get(id).asString());
        }
        String logs = server().payara().allLogs();
        for (String password : V3Database.PASSWORDS) {
            assertThat(answers).as("answers").doesNotContain(password);
            assertThat(logs).as("logs").doesNotContain(password);
        }
    }

    /** What v3 reads is as v3 wrote it; only what it left null (address, port) the migration filled from the URL. */
    private void assertKeptAsV3Wrote(Map<String, Stored> now) {
        v3().asWritten().forEach((name, written) -> {
            Stored stored = now.get(name);
            assertThat(stored).as(name).usingRecursiveComparison().ignoringFields("ipAddress", "port")
                    .isEqualTo(written);
            if (written.ipAddress() != null) {
                assertThat(stored.ipAddress()).as(name).isEqualTo(written.ipAddress());
            }
            if (written.port() != null) {
                assertThat(stored.port()).as(name).isEqualTo(written.port());
            }
        });
    }

    private long lastIdOfV3() {
        return v3().asWritten().values().stream().mapToLong(Stored::id).max().orElseThrow();
    }

    private long create(String name) {
        return server().adminApi().cameras().create(json("name", name, "ipAddress", "192.0.2.20")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath listed(Row row) {
        return listed(row.name());
    }

    private JsonPath listed(String name) {
        return server().adminApi().cameras().list("size=500").then().statusCode(200)
                .body("items.findAll { it.name == '" + name + "' }.size()", equalTo(1))
                .extract().jsonPath().setRootPath("items.find { it.name == '" + name + "' }");
    }
}
