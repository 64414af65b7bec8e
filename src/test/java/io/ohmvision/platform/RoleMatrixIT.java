package io.ohmvision.platform;

import static io.ohmvision.testing.JsonBodies.json;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.RawRequests;
import io.ohmvision.testing.RunningServer;
import io.restassured.http.ContentType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may call what, over every operation of the OpenAPI document, as anonymous, viewer, operator and admin, on the
 * plain path and on the path variants a container and JAX-RS may read differently (matrix parameters, encoded
 * separators, doubled or trailing slashes, upper case). Every request is harmless even when allowed: ids and user
 * names that do not exist, an empty JSON object as body.
 */
class RoleMatrixIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    enum Caller { ANONYMOUS, VIEWER, OPERATOR, ADMIN }

    private static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> READERS = EnumSet.of(Caller.VIEWER, Caller.OPERATOR, Caller.ADMIN);
    private static final Set<Caller> EDITORS = EnumSet.of(Caller.OPERATOR, Caller.ADMIN);
    private static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN);

    /** The "Who" column of README.md's "What is served", one entry per operation. */
    private static final Map<String, Set<Caller>> WHO = Map.ofEntries(
            entry("GET /api/cameras", READERS),
            entry("POST /api/cameras", EDITORS),
            entry("GET /api/cameras/{id}", READERS),
            entry("PUT /api/cameras/{id}", EDITORS),
            entry("DELETE /api/cameras/{id}", EDITORS),
            entry("POST /api/cameras/{id}/probe", EDITORS),
            entry("POST /api/cameras/{id}/deep-probe", EDITORS),
            entry("GET /api/cameras/{id}/snapshot", READERS),
            entry("POST /api/cameras/{id}/webhook-secret", ADMINS),
            entry("POST /api/cameras/{id}/ptz/move", EDITORS),
            entry("POST /api/cameras/{id}/ptz/stop", EDITORS),
            entry("GET /api/cameras/{id}/ptz/presets", EDITORS),
            entry("POST /api/cameras/{id}/ptz/presets/{token}/goto", EDITORS),
            entry("POST /api/cameras/{id}/ptz/home", EDITORS),
            entry("POST /api/cameras/{id}/capabilities/refresh", EDITORS),
            entry("GET /api/discovery/manufacturers", READERS),
            entry("GET /api/discovery/stream-templates/{manufacturer}", READERS),
            entry("GET /api/discovery/network-info", READERS),
            entry("POST /api/discovery/scan/start", EDITORS),
            entry("GET /api/discovery/scan/status", READERS),
            entry("GET /api/discovery/scan/{jobId}", READERS),
            entry("POST /api/discovery/scan/{jobId}/cancel", EDITORS),
            entry("POST /api/discovery/onvif/discover", EDITORS),
            entry("POST /api/discovery/auto-detect", EDITORS),
            entry("POST /api/discovery/batch-test", EDITORS),
            entry("POST /api/discovery/onboarding", EDITORS),
            entry("GET /api/discovery/onboarding/{id}", EDITORS),
            entry("POST /api/discovery/onboarding/{id}/apply", EDITORS),
            entry("POST /api/discovery/onboarding/{id}/cancel", EDITORS),
            entry("GET /api/health/status", READERS),
            entry("GET /api/health/cameras", READERS),
            entry("GET /api/health/cameras/{id}", READERS),
            entry("GET /api/health/cameras/{id}/reconnection", READERS),
            entry("GET /api/health/cameras/{id}/uptime", READERS),
            entry("GET /api/health/cameras/{id}/outages", READERS),
            entry("GET /api/health/cameras/{id}/latency", READERS),
            entry("POST /api/health/cameras/{id}/check-now", EDITORS),
            entry("POST /api/health/cameras/{id}/reconnect", EDITORS),
            entry("GET /api/health/recorders", READERS),
            entry("POST /api/webhooks/{cameraId}", ANYONE),
            entry("GET /api/webhooks/{cameraId}/events", READERS),
            entry("POST /api/recorders", EDITORS),
            entry("GET /api/recorders", READERS),
            entry("GET /api/recorders/{id}", READERS),
            entry("PUT /api/recorders/{id}/credentials", ADMINS),
            entry("DELETE /api/recorders/{id}", EDITORS),
            entry("POST /api/cloud/nest/devices", ADMINS),
            entry("GET /api/users", ADMINS),
            entry("POST /api/users", ADMINS),
            entry("PUT /api/users/{username}", ADMINS),
            entry("DELETE /api/users/{username}", ADMINS));

    private static final String PASSWORD = "role-matrix-Passw0rd";
    private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 405);

    private static final Map<Caller, RawRequests> CALLERS = new EnumMap<>(Caller.class);
    private static List<String> operations;

    @BeforeAll
    static void callersAndTheDocument() {
        for (Caller role : List.of(Caller.VIEWER, Caller.OPERATOR)) {
            String name = "matrix-" + role.name().toLowerCase(Locale.ROOT);
            SERVER.adminApi().users().create(json("username", name, "password", PASSWORD, "role", role.name()
                    .toLowerCase(Locale.ROOT))).then().statusCode(201);
            CALLERS.put(role, RawRequests.as(SERVER, name, PASSWORD));
        }
        CALLERS.put(Caller.ANONYMOUS, RawRequests.anonymous(SERVER));
        CALLERS.put(Caller.ADMIN, RawRequests.as(SERVER, "admin", RunningServer.ADMIN_PASSWORD));
        Map<String, Map<String, Object>> paths = SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        operations = new ArrayList<>();
        paths.forEach((path, item) -> item.keySet().forEach(method -> {
            if (path.startsWith("/api/") && Set.of("get", "put", "post", "delete", "patch", "head").contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));
    }

    @Test
    void theTableNamesEveryOperationOfTheDocumentAndNoOther() {
        assertThat(operations).as("operations of /openapi").containsExactlyInAnyOrderElementsOf(WHO.keySet());
    }

    @Test
    void onThePlainPathTheTableDecidesAndARefusalIsForbiddenOrAChallenge() {
        List<String> wrong = new ArrayList<>();
        for (String operation : operations) {
            for (Caller caller : Caller.values()) {
                HttpResponse<String> answer = send(operation, caller, plainPath(operation));
                boolean allowed = allowed(operation, caller);
                int status = answer.statusCode();
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(caller + " " + operation + ": allowed, answered " + status + " " + answer.body());
                } else if (!allowed && (status != refusal(caller) || !isProblem(answer)
                        || caller == Caller.ANONYMOUS && !challenges(answer))) {
                    wrong.add(caller + " " + operation + ": refused, answered " + status + " " + answer.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noPathVariantLetsACallerDoWhatThePlainPathRefuses() {
        long usersBefore = count("/api/users");
        long camerasBefore = SERVER.adminApi().cameras().list().then().extract().jsonPath().getLong("totalItems");
        List<String> escalations = new ArrayList<>();
        List<String> notRefusedByShape = new ArrayList<>();
        int sent = 0;
        for (String operation : operations) {
            for (Variant variant : Variant.of(plainPath(operation))) {
                for (Caller caller : Caller.values()) {
                    HttpResponse<String> answer = send(operation, caller, variant.path());
                    sent++;
                    int status = answer.statusCode();
                    boolean allowed = allowed(operation, caller);
                    String what = caller + " " + operation + " as " + variant.path() + ": " + status;
                    if (status >= 500 || !allowed && !REFUSALS.contains(status)) {
                        escalations.add(what);
                    } else if (variant.refusedByShape() && !(refusedByShape(caller, status) && isProblem(answer))) {
                        notRefusedByShape.add(what);
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(1000);
        assertThat(escalations).as("refused on the plain path, not refused (or a server error) on a variant")
                .isEmpty();
        assertThat(notRefusedByShape).as("paths of these shapes are refused with 400 problem+json").isEmpty();
        assertThat(count("/api/users")).as("users").isEqualTo(usersBefore);
        assertThat(SERVER.adminApi().cameras().list().then().extract().jsonPath().getLong("totalItems"))
                .as("cameras").isEqualTo(camerasBefore);
    }

    /** The escalation of issue 14, with a body that would do it: the container read /api, JAX-RS /api/users. */
    @Test
    void anOperatorCannotCreateAnAdminThroughAMatrixParameter() {
        String body = json("username", "matrix-escalated", "password", PASSWORD, "role", "admin");
        for (String path : List.of("/api;users", "/api;x/users", "/api/users;x", "/api%3Busers")) {
            HttpResponse<String> answer = CALLERS.get(Caller.OPERATOR).send("POST", path, body);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
        }
        SERVER.adminApi().users().list().then().statusCode(200)
                .body("username", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("matrix-escalated")));
    }

    /** A path that differs from the plain one only in how it is written. */
    record Variant(String path, boolean refusedByShape) {

        static List<Variant> of(String plain) {
            String rest = plain.substring("/api".length());
            List<Variant> variants = new ArrayList<>(List.of(
                    new Variant("/api;" + rest.substring(1), true),
                    new Variant("/api;x" + rest, true),
                    new Variant("/api%3B" + rest.substring(1), true),
                    new Variant("/api%3Bx" + rest, true),
                    new Variant("/api%3bx" + rest, true),
                    new Variant("/api%2F" + rest.substring(1), true),
                    new Variant("/api/%2E" + rest, true),
                    new Variant("/api/" + rest, true),
                    new Variant(plain + "/", false),
                    new Variant(plain.toUpperCase(Locale.ROOT), false),
                    new Variant("/api" + rest.toUpperCase(Locale.ROOT), false)));
            String[] segments = rest.substring(1).split("/");
            for (int i = 0; i < segments.length; i++) {
                String[] changed = segments.clone();
                changed[i] += ";y";
                variants.add(new Variant("/api/" + String.join("/", changed), true));
            }
            return variants;
        }
    }

    private static HttpResponse<String> send(String operation, Caller caller, String path) {
        String method = operation.substring(0, operation.indexOf(' '));
        return CALLERS.get(caller).send(method, path, method.equals("POST") || method.equals("PUT") ? "{}" : null);
    }

    /** The operation's path with ids and names of things that do not exist. */
    private static String plainPath(String operation) {
        return operation.substring(operation.indexOf(' ') + 1).replace("{username}", "nobody-at-all")
                .replace("{manufacturer}", "nobody-at-all").replaceAll("\\{[^}]+}", "999999");
    }

    private static boolean allowed(String operation, Caller caller) {
        return WHO.getOrDefault(operation, Set.of()).contains(caller);
    }

    /**
     * 400 for every caller: the authentication mechanism refuses the path before the container checks web.xml on
     * the path cut at ';' (which would answer 401 or 403 to some callers and let others through to JAX-RS).
     */
    private static boolean refusedByShape(Caller caller, int status) {
        return status == 400;
    }

    private static int refusal(Caller caller) {
        return caller == Caller.ANONYMOUS ? 401 : 403;
    }

    private static boolean isProblem(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE);
    }

    private static boolean challenges(HttpResponse<String> answer) {
        return answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic ");
    }

    private static long count(String path) {
        return SERVER.asAdmin().get(path).then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
