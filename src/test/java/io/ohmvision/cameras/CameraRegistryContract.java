package io.ohmvision.cameras;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static io.ohmvision.testing.JsonBodies.json;

import io.ohmvision.testing.RunningServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the camera registry API promises, run against a real Payara Micro on each supported database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CameraRegistryContract {

    static final String CAMERA_PASSWORD = "Gate#Pa55:w/@rd%";
    static final String OPERATOR_PASSWORD = "operator-Passw0rd";
    static final String VIEWER_PASSWORD = "viewer-Passw0rd";

    abstract RunningServer server();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void healthProbesAnswerWithoutCredentials() {
        for (String probe : new String[] {"/health/live", "/health/ready", "/health/started"}) {
            server().anonymous().get(probe).then().statusCode(200).body("status", equalTo("UP"));
        }
        server().anonymous().get("/health/ready").then().body("checks.name", hasItems("ohmvision-database"));
    }

    @Test
    void everyApiCallNeedsCredentials() {
        server().anonymousApi().cameras().list().then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401));
        server().apiAs("admin", "wrong-password").cameras().list().then().statusCode(401);
    }

    @Test
    void registeringMovesCredentialsOutOfTheUrlAndNeverShowsThePassword() {
        String url = "rtsp://admin:" + CAMERA_PASSWORD + "@192.168.1.64:554/Streaming/Channels/101";
        Response created = server().adminApi()
                .cameras().create(json("name", "Gate " + tag, "primaryStreamUrl", url, "manufacturer", "hikvision"));
        created.then().statusCode(201).header("Location", containsString("/api/cameras/"))
                .body("username", equalTo("admin"))
                .body("hasPassword", equalTo(true))
                .body("ipAddress", equalTo("192.168.1.64"))
                .body("port", equalTo(554))
                .body("connectionType", equalTo("rtsp"))
                .body("primaryStreamUrl", equalTo("rtsp://192.168.1.64:554/Streaming/Channels/101"))
                .body("connectionHealth", equalTo("unknown"));
        assertThat(created.asString()).doesNotContain(CAMERA_PASSWORD).doesNotContain("password\"");

        String read = server().asAdmin().get(created.header("Location")).then().statusCode(200).extract().asString();
        assertThat(read).doesNotContain(CAMERA_PASSWORD);
        String list = server().adminApi().cameras().list("size=500").asString();
        assertThat(list).doesNotContain(CAMERA_PASSWORD);
    }

    /** A client of the previous version: its snake_case names, and rtsp_url with the credentials inside. */
    @Test
    void anOldClientsBodyIsTakenWithItsNamesAndTheCredentialsMovedOutOfItsUrl() {
        Response created = server().adminApi().cameras().create(json("name", "Old client " + tag,
                "rtsp_url", "rtsp://admin:" + CAMERA_PASSWORD + "@192.168.1.100:554/stream1",
                "firmware_version", "V5.4.0", "serial_number", "SN-" + tag, "mac_address", "44:19:B6:01:02:03"));
        created.then().statusCode(201)
                .body("primaryStreamUrl", equalTo("rtsp://192.168.1.100:554/stream1"))
                .body("connectionType", equalTo("rtsp")).body("ipAddress", equalTo("192.168.1.100"))
                .body("port", equalTo(554)).body("username", equalTo("admin")).body("hasPassword", equalTo(true))
                .body("firmwareVersion", equalTo("V5.4.0")).body("serialNumber", equalTo("SN-" + tag))
                .body("macAddress", equalTo("44:19:B6:01:02:03"));
        assertThat(created.asString()).doesNotContain(CAMERA_PASSWORD);

        JsonPath named = create(json("name", "Snake case " + tag, "ip_address", "192.168.1.101",
                "connection_type", "rtsp", "primary_stream_url", "rtsp://192.168.1.101:554/main",
                "secondary_stream_url", "rtsp://192.168.1.101:554/sub", "snapshot_url", "http://192.168.1.101/snap.jpg"));
        assertThat(named.getString("ipAddress")).isEqualTo("192.168.1.101");
        assertThat(named.getString("secondaryStreamUrl")).isEqualTo("rtsp://192.168.1.101:554/sub");
        assertThat(named.getString("snapshotUrl")).isEqualTo("http://192.168.1.101/snap.jpg");
    }

    @Test
    void listsArePagedAndFiltered() {
        String maker = "acme-" + tag;
        for (int i = 0; i < 3; i++) {
            create(json("name", "Cam " + i + " " + tag, "ipAddress", "10.9.0." + (i + 1), "manufacturer", maker,
                    "connectionType", i == 0 ? "http" : "rtsp"));
        }
        server().adminApi().cameras().list("manufacturer=" + maker.toUpperCase()).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.size()", equalTo(3));
        server().adminApi().cameras().list("manufacturer=" + maker + "&size=2&page=1").then()
                .body("items.size()", equalTo(1)).body("totalPages", equalTo(2)).body("page", equalTo(1));
        server().adminApi().cameras().list("manufacturer=" + maker + "&connectionType=http").then()
                .body("totalItems", equalTo(1));
        server().adminApi().cameras().list("manufacturer=" + maker + "&health=unknown&enabled=true").then()
                .body("totalItems", equalTo(3));
    }

    @Test
    void listsAreSortedByTheDatabaseWithUnknownValuesLast() {
        String maker = "sortco-" + tag;
        create(json("name", "b " + tag, "ipAddress", "10.9.1.3", "port", 554, "manufacturer", maker));
        create(json("name", "A " + tag, "ipAddress", "10.9.1.1", "port", 8554, "manufacturer", maker));
        create(json("name", "c " + tag, "ipAddress", "10.9.1.1", "port", 554, "manufacturer", maker));
        String list = "manufacturer=" + maker + "&sort=";
        assertThat(names(list + "name")).as("case does not matter").containsExactly("A", "b", "c");
        assertThat(names(list + "-name")).containsExactly("c", "b", "A");
        assertThat(names(list + "address")).containsExactly("c", "A", "b");
        assertThat(names(list + "-address")).containsExactly("b", "A", "c");
        // never checked: no latency, so by name, also on a page that starts inside the cameras without one
        assertThat(names(list + "-latency")).containsExactly("A", "b", "c");
        assertThat(names(list + "latency&size=2&page=1")).containsExactly("c");
        for (String column : new String[] {"manufacturer", "connectionType", "level", "uptime", "lastCheck"}) {
            assertThat(names(list + column)).as(column).containsExactly("A", "b", "c");
            assertThat(names(list + "-" + column)).as(column).hasSize(3);
        }
        server().adminApi().cameras().list(list + "colour").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("sort 'colour' is not one of"));
    }

    /** The names of the cameras a list answers, without the tag. */
    private java.util.List<String> names(String query) {
        return server().adminApi().cameras().list(query).then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class).stream().map(n -> n.replace(" " + tag, "")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "health=sleepy|health 'sleepy' is not one of",
            "connectionType=carrier-pigeon|connectionType 'carrier-pigeon' is not one of",
            "size=0|size must be between 1 and",
            "page=-1|page must be between 0",
            "size=lots|size must be a whole number",
            "enabled=maybe|enabled must be true or false"})
    void badListParametersAreExplained(String query, String detail) {
        server().adminApi().cameras().list(query).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(detail));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad IP|{\"name\":\"x\",\"ipAddress\":\"999.1.1.1\"}|'999.1.1.1' is not a valid IPv4/IPv6 address",
            "port out of range|{\"name\":\"x\",\"ipAddress\":\"10.0.0.1\",\"port\":70000}|port: must be between 1 and 65535",
            "unknown enum value|{\"name\":\"x\",\"ipAddress\":\"10.0.0.1\",\"connectionType\":\"telepathy\"}|connectionType 'telepathy' is not one of rtsp",
            "missing name|{\"ipAddress\":\"10.0.0.1\"}|name: must not be blank",
            "bad MAC|{\"name\":\"x\",\"ipAddress\":\"10.0.0.1\",\"macAddress\":\"zz:zz\"}|macAddress: must be a MAC address",
            "not a URL|{\"name\":\"x\",\"primaryStreamUrl\":\"192.168.1.5/live\"}|primaryStreamUrl '192.168.1.5/live' is not a URL",
            "no address|{\"name\":\"x\"}|ipAddress or primaryStreamUrl is required",
            "malformed JSON|{\"name\":\"x\",|Malformed JSON body",
            "wrong JSON type|{\"name\":\"x\",\"port\":\"many\"}|Malformed JSON body",
            "misspelled field|{\"name\":\"x\",\"ipAddress\":\"10.0.0.1\",\"connectionTyp\":\"rtsp\"}|unknown field; did you mean 'connectionType'?",
            "field given twice|{\"name\":\"x\",\"primaryStreamUrl\":\"rtsp://10.0.0.1/a\",\"rtsp_url\":\"rtsp://10.0.0.1/b\"}|give 'primaryStreamUrl' once",
            "timeout too short|{\"name\":\"x\",\"ipAddress\":\"10.0.0.1\",\"connectionConfig\":{\"timeoutMs\":5}}|connectionConfig.timeoutMs must be a whole number from 100 to 30000, not 5",
            "too many retries|{\"name\":\"x\",\"ipAddress\":\"10.0.0.1\",\"connectionConfig\":{\"retries\":10}}|connectionConfig.retries must be a whole number from 0 to 3, not 10",
            "empty body||request body"})
    void badInputIsRefusedWithAReasonAndStoresNothing(String label, String body, String detail) {
        long before = total();
        server().adminApi().cameras().create(body).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString(detail))
                .body(not(containsString("Exception")));
        assertThat(total()).isEqualTo(before);
    }

    /** A (connection type, scheme) pair no channel serves is refused at the save, not stored to fail every check. */
    @ParameterizedTest(name = "{0} over {2}")
    @CsvSource(delimiter = '|', value = {
            "rtsp|primaryStreamUrl|ftp://127.0.0.1/stream|'primaryStreamUrl: rtsp cameras take rtsp, rtsps URLs, not ftp://'",
            "usb|primaryStreamUrl|http://127.0.0.1/cam.mjpg|'primaryStreamUrl: usb cameras take usb URLs, not http://'",
            "webhook|primaryStreamUrl|rtsp://127.0.0.1/live|'primaryStreamUrl: webhook cameras take webhook URLs, not rtsp://'",
            "cloud_api|snapshotUrl|https://127.0.0.1/snap.jpg|'snapshotUrl: cloud_api cameras take no snapshotUrl, not https://'"})
    void aPairNoChannelServesIsRefusedNamingItAndStoresNothing(String type, String field, String url, String detail) {
        long before = total();
        server().asAdmin().body(json("name", "Unserved " + type, "connectionType", type, "ipAddress", "127.0.0.1",
                        field, url))
                .post("/api/cameras").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", startsWith(detail))
                .body(not(containsString("Exception")));
        assertThat(total()).isEqualTo(before);
        server().asAdmin().get("/api/cameras?size=200").then().statusCode(200)
                .body("items.name", not(hasItem("Unserved " + type)));
    }

    @Test
    void oversizedBodiesAreRefusedWhetherDeclaredOrChunked() {
        long before = total();
        String huge = json("name", "x".repeat(70_000), "ipAddress", "10.0.0.1");
        server().adminApi().cameras().create(huge).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("larger than"));
        // A stream body is sent chunked, without Content-Length: the limit must hold while reading.
        server().adminApi().cameras()
                .create(new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void unknownIdsAnswer404() {
        server().adminApi().cameras().get(987654321).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("987654321"));
        server().adminApi().cameras().update(987654321, json("name", "x", "ipAddress", "10.0.0.1", "version", 0))
                .then().statusCode(404);
        server().adminApi().cameras().delete(987654321).then().statusCode(404);
        server().asAdmin().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonPath camera = create(json("name", "Versioned " + tag, "ipAddress", "10.0.0.7"));
        long id = camera.getLong("id");
        long version = camera.getLong("version");
        server().adminApi().cameras()
                .update(id, json("name", "Renamed " + tag, "ipAddress", "10.0.0.7", "version", version))
                .then().statusCode(200).body("name", equalTo("Renamed " + tag));
        server().adminApi().cameras()
                .update(id, json("name", "Stale write " + tag, "ipAddress", "10.0.0.8", "version", version))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("changed meanwhile"));
        server().adminApi().cameras().get(id).then().body("name", equalTo("Renamed " + tag))
                .body("ipAddress", equalTo("10.0.0.7"));
    }

    @Test
    void passwordsAreWriteOnlyAndKeptWhenLeftOut() {
        JsonPath camera = create(json("name", "Creds " + tag, "ipAddress", "10.0.0.9", "username", "admin",
                "password", CAMERA_PASSWORD));
        long id = camera.getLong("id");
        JsonPath kept = server().adminApi().cameras().update(id, json("name", "Creds2 " + tag, "ipAddress", "10.0.0.9",
                "version", camera.getLong("version"))).then().statusCode(200)
                .extract().jsonPath();
        assertThat(kept.getBoolean("hasPassword")).isTrue();
        assertThat(kept.getString("username")).isEqualTo("admin");
        server().adminApi().cameras().update(id, json("name", "Creds3 " + tag, "ipAddress", "10.0.0.9", "password", "",
                "version", kept.getLong("version"))).then().statusCode(200)
                .body("hasPassword", equalTo(false));
    }

    @Test
    void rolesLimitWhatCanBeDone() {
        ensureUser("it-operator-" + tag, OPERATOR_PASSWORD, "operator");
        ensureUser("it-viewer-" + tag, VIEWER_PASSWORD, "viewer");
        var operator = server().apiAs("it-operator-" + tag, OPERATOR_PASSWORD);
        var viewer = server().apiAs("it-viewer-" + tag, VIEWER_PASSWORD);
        long before = total();

        viewer.cameras().list().then().statusCode(200);
        viewer.cameras().create(json("name", "v", "ipAddress", "10.0.0.1")).then().statusCode(403)
                .contentType("application/problem+json");
        viewer.users().list().then().statusCode(403);

        operator.cameras().create(json("name", "op " + tag, "ipAddress", "10.0.0.1", "password", "x"))
                .then().statusCode(403).body("detail", containsString("Only admins"));
        operator.cameras().create(json("name", "op " + tag, "primaryStreamUrl", "rtsp://u:p@10.0.0.1/x"))
                .then().statusCode(403);
        assertThat(total()).isEqualTo(before);
        long id = operator.cameras().create(json("name", "op " + tag, "ipAddress", "10.0.0.1"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        viewer.cameras().delete(id).then().statusCode(403);
        operator.users().list().then().statusCode(403);
        operator.cameras().delete(id).then().statusCode(204);
        server().adminApi().cameras().get(id).then().statusCode(404);
    }

    @Test
    void usersAreManagedByAdminsAndTheLastAdminStays() {
        server().adminApi().users().create(json("username", "short-" + tag, "password", "short", "role", "viewer"))
                .then().statusCode(400).body("detail", containsString("password"));
        server().adminApi().users()
                .create(json("username", "bad-role-" + tag, "password", "long-enough-1", "role", "root"))
                .then().statusCode(400).body("detail", containsString("role"));
        server().adminApi().users().delete("admin").then().statusCode(409)
                .body("detail", containsString("last admin"));
        server().adminApi().users().update("admin", json("role", "viewer")).then().statusCode(409);
        String listed = server().adminApi().users().list().then().statusCode(200)
                .body("username", hasItems("admin")).extract().asString();
        assertThat(listed).doesNotContain("PBKDF2").doesNotContain("hash");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndItsErrors() {
        JsonPath doc = server().anonymous().accept(ContentType.JSON).get("/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(doc.getMap("paths")).containsKeys("/api/cameras", "/api/cameras/{id}", "/api/users",
                "/api/users/{username}");
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "CameraRequest");
        assertThat(doc.getMap("paths.'/api/cameras'.post.responses")).containsKeys("201", "400", "401", "403");
        assertThat(doc.getMap("paths.'/api/cameras/{id}'.put.responses")).containsKeys("404", "409");
        assertThat(doc.getString("components.schemas.CameraRequest.properties.primaryStreamUrl.example"))
                .startsWith("rtsp://");
        server().anonymous().accept(ContentType.HTML).get("/openapi-ui/").then().statusCode(200)
                .body(containsString("swagger-ui"));
        server().anonymous().get("/webjars/swagger-ui/5.17.14/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void noCameraPasswordEverReachesTheLog() {
        assertThat(server().payara().allLogs()).doesNotContain(CAMERA_PASSWORD);
    }

    long total() {
        return server().adminApi().cameras().list("size=1").then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }

    JsonPath create(String body) {
        return server().adminApi().cameras().create(body).then().statusCode(201).extract().jsonPath();
    }

    void ensureUser(String user, String password, String role) {
        server().adminApi().users().create(json("username", user, "password", password, "role", role))
                .then().statusCode(201);
    }
}
