package io.ohmvision.cameras;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.ohmvision.testing.LegacyRows;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.ScriptedHttpServer;
import io.ohmvision.testing.ScriptedRtspServer;
import io.ohmvision.testing.api.OhmVisionApi;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stored camera passwords stay with the origin (scheme, host, port) they were given for. An admin stores a camera's
 * password on a real RTSP server; an operator then points the camera at listeners of their own on loopback (RTSP and
 * HTTP, both answering 401 with a Basic challenge and recording every Authorization header) and drives every path
 * that connects to a stored camera: probe, check-now, snapshot, deep probe, batch test, auto-detect with cameraId.
 * The listeners must never see the password; the change itself is refused with 409 and leaves the camera as it was.
 */
class CredentialOriginIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Origin:s3cret#1";
    private static final String OPERATOR = "origin-operator";
    private static final String OPERATOR_PASSWORD = "Operator-Passw0rd";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    static RtspTestPeer peer;
    ScriptedRtspServer rtspListener;
    ScriptedHttpServer httpListener;

    @BeforeAll
    static void startPeerAndOperator() {
        peer = RtspTestPeer.start(USER, PASSWORD, 0);
        SERVER.adminApi().users()
                .create(json("username", OPERATOR, "password", OPERATOR_PASSWORD, "role", "operator"))
                .then().statusCode(201);
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @BeforeEach
    void startListeners() {
        rtspListener = ScriptedRtspServer.start(request -> ScriptedRtspServer.Reply.text("RTSP/1.0 401 Unauthorized\r\n"
                + "CSeq: " + request.header("CSeq").orElse("1") + "\r\n"
                + "WWW-Authenticate: Basic realm=\"x\"\r\n\r\n"));
        httpListener = ScriptedHttpServer.start().on("/", ScriptedHttpServer.reply(401, "text/plain",
                "no".getBytes(StandardCharsets.UTF_8), Map.of("WWW-Authenticate", "Basic realm=\"x\"")));
    }

    @AfterEach
    void stopListeners() throws IOException {
        rtspListener.close();
        httpListener.close();
    }

    @Test
    void anOperatorWhoPointsACameraElsewhereGets409AndNoPathSendsThePasswordThere() {
        long id = cameraWithStoredPassword("Origin moved by operator");
        long version = read(id).getLong("version");

        Response moved = put(operator(), id, version, "primaryStreamUrl", rtspListener.url("/stolen"),
                "snapshotUrl", httpListener.url("/snap.jpg"));
        operator().cameras().probe(id);
        operator().health().checkNow(id);
        operator().with(r -> r.accept("image/jpeg")).cameras().snapshot(id);
        operator().cameras().deepProbe(id);
        operator().discovery().batchTest(json("cameraIds", List.of(id)));

        assertThat(passwordsSeen()).as("stored password sent to the operator's listeners").isEmpty();
        moved.then().statusCode(409).contentType("application/problem+json");
        assertThat(moved.jsonPath().getString("detail")).contains(rtspListener.url("").replace("rtsp://", ""))
                .contains("moveCredentials").doesNotContain(PASSWORD);
        JsonPath after = read(id);
        assertThat(after.getLong("version")).as("a refused change changes nothing").isEqualTo(version);
        assertThat(after.getString("primaryStreamUrl")).isEqualTo(peer.url("/main"));
    }

    @Test
    void anOperatorWhoTypesThePasswordAgainMayMoveTheCameraAndAnotherPasswordIsForbidden() {
        long id = cameraWithStoredPassword("Origin moved with the password");
        long version = read(id).getLong("version");
        put(operator(), id, version, "primaryStreamUrl", rtspListener.url("/typed"), "password", "not-it").then()
                .statusCode(403).contentType("application/problem+json");
        assertThat(read(id).getLong("version")).isEqualTo(version);

        put(operator(), id, version, "primaryStreamUrl", rtspListener.url("/typed"), "password", PASSWORD).then()
                .statusCode(200);
        assertThat(read(id).getBoolean("hasPassword")).isTrue();
        operator().cameras().probe(id).then().statusCode(200);
        assertThat(passwordsSeen()).as("the listener catches a password sent to it (here the operator's own choice)")
                .isNotEmpty();
    }

    @Test
    void anAdminMovesTheStoredPasswordOnlyWhenSayingSo() {
        long id = cameraWithStoredPassword("Origin moved by admin");
        long version = read(id).getLong("version");
        put(SERVER.adminApi(), id, version, "primaryStreamUrl", rtspListener.url("/admin")).then().statusCode(409);
        put(SERVER.adminApi(), id, version, "primaryStreamUrl", rtspListener.url("/admin"), "moveCredentials", false)
                .then().statusCode(409);
        put(operator(), id, version, "primaryStreamUrl", rtspListener.url("/admin"), "moveCredentials", true)
                .then().statusCode(403);
        assertThat(read(id).getLong("version")).isEqualTo(version);

        put(SERVER.adminApi(), id, version, "primaryStreamUrl", rtspListener.url("/admin"), "moveCredentials", true)
                .then().statusCode(200);
        JsonPath moved = read(id);
        assertThat(moved.getString("primaryStreamUrl")).isEqualTo(rtspListener.url("/admin"));
        assertThat(moved.getBoolean("hasPassword")).isTrue();
    }

    @Test
    void autoDetectWithCameraIdTriesOnlyTheGivenCredentialsAndStoresAtANewOriginOnlyAsAllowed() {
        long id = cameraWithStoredPassword("Origin auto-detected");
        long version = read(id).getLong("version");
        // the operator's listener on the camera's own host, another port: every candidate there goes without the
        // stored password
        operator().discovery().autoDetect(json("ip", "127.0.0.1", "port", rtspListener.port(),
                "manufacturer", "hikvision", "cameraId", id)).then().statusCode(200);
        assertThat(rtspListener.requests()).as("candidates were probed on the listener").isNotEmpty();
        assertThat(passwordsSeen()).isEmpty();

        try (RtspTestPeer open = RtspTestPeer.start("-", "-", 0, "/Streaming/Channels/101=main")) {
            String detect = json("ip", "127.0.0.1", "port", open.port(), "manufacturer", "hikvision", "cameraId", id);
            Response refused = operator().discovery().autoDetect(detect);
            refused.then().statusCode(409).contentType("application/problem+json");
            assertThat(refused.jsonPath().getString("detail")).contains("127.0.0.1:" + open.port());
            assertThat(read(id).getLong("version")).as("a refused change changes nothing").isEqualTo(version);
            SERVER.adminApi().discovery().autoDetect(detect).then().statusCode(409);

            SERVER.adminApi().discovery().autoDetect(json("ip", "127.0.0.1", "port", open.port(),
                    "manufacturer", "hikvision", "cameraId", id, "moveCredentials", true)).then()
                    .statusCode(200);
            assertThat(read(id).getString("primaryStreamUrl")).startsWith(open.url("/"));
        }
    }

    @Test
    void aStoredCameraWithAnUnhandledSchemeIsUnsupportedAndWaitsForAChange() {
        long id = LegacyRows.LEGACY_FTP_ID;
        JsonPath probe = operator().cameras().probe(id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(probe.getString("[0].result.outcome")).isEqualTo("UNSUPPORTED");
        assertThat(probe.getString("[0].result.reason")).contains("ftp URLs are not handled by rtsp cameras");
        operator().with(r -> r.accept("image/jpeg")).cameras().snapshot(id).then().statusCode(502)
                .body("detail", containsString("UNSUPPORTED"));
        operator().health().checkNow(id).then().statusCode(200)
                .body("level", equalTo("offline")).body("cause", equalTo("UNSUPPORTED"));
        operator().health().reconnection(id).then().statusCode(200)
                .body("mode", equalTo("WAITING_FOR_CHANGE")).body("nextAttemptAt", nullValue());
    }

    @Test
    void urlSchemesMustMatchTheConnectionType() {
        Response wrong = SERVER.adminApi().cameras().create(json("name", "ftp as rtsp", "connectionType", "rtsp",
                "primaryStreamUrl", "ftp://127.0.0.1/stream"));
        wrong.then().statusCode(400).contentType("application/problem+json");
        assertThat(wrong.jsonPath().getString("detail")).contains("primaryStreamUrl").contains("ftp")
                .contains("rtsp, rtsps");
        long id = cameraWithStoredPassword("Scheme checked on update");
        put(SERVER.adminApi(), id, read(id).getLong("version"), "connectionType", "rtsp", "primaryStreamUrl",
                peer.url("/main"), "snapshotUrl", "rtsp://127.0.0.1/snap").then().statusCode(400);
    }

    @Test
    void theDocumentDeclaresTheConflictAndTheExplicitFlag() {
        JsonPath document = SERVER.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(document.getMap("paths.'/api/cameras/{id}'.put.responses")).containsKey("409");
        assertThat(document.getMap("paths.'/api/discovery/auto-detect'.post.responses")).containsKey("409");
        assertThat(document.getMap("components.schemas.CameraRequest.properties")).containsKey("moveCredentials");
        assertThat(document.getMap("components.schemas.AutoDetectRequest.properties")).containsKey("moveCredentials");
    }

    /**
     * The requests to the listeners that carried the stored password, named by protocol, method and path: never the
     * header itself, so a failure report does not print the password either.
     */
    private List<String> passwordsSeen() {
        List<String> seen = new ArrayList<>();
        rtspListener.requests().stream().filter(r -> r.authorization().filter(CredentialOriginIT::carriesThePassword)
                .isPresent()).forEach(r -> seen.add("RTSP " + r.method() + " " + r.uri()));
        httpListener.requests().stream().filter(r -> r.authorization() != null
                && carriesThePassword(r.authorization())).forEach(r -> seen.add("HTTP GET " + r.path()));
        return seen;
    }

    private static boolean carriesThePassword(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return authorization.contains(PASSWORD);
        }
        return new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8)
                .contains(PASSWORD);
    }

    private static long cameraWithStoredPassword(String name) {
        return SERVER.adminApi().cameras().create(json("name", name, "username", USER, "password", PASSWORD,
                        "primaryStreamUrl", peer.url("/main")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath read(long id) {
        return SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
    }

    /** A PUT that keeps the name and changes the given fields; fields left out (URLs among them) are cleared. */
    private static Response put(OhmVisionApi caller, long id, long version, Object... changes) {
        List<Object> body = new ArrayList<>(List.of("name", read(id).getString("name"), "version", version));
        body.addAll(List.of(changes));
        return caller.cameras().update(id, json(body.toArray()));
    }

    private static OhmVisionApi operator() {
        return SERVER.apiAs(OPERATOR, OPERATOR_PASSWORD);
    }
}
