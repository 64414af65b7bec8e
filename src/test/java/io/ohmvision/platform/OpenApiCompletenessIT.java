package io.ohmvision.platform;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.RunningServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation under /api in the OpenAPI document declares the errors it can answer. Payara's OpenAPI leaves
 * class-level {@code @APIResponse}s off, so a resource that declares 401 once on its class silently documents no
 * 401 at all; this walks the whole document instead of trusting each resource's own test to remember.
 * The role rules mirror web.xml: writing needs operator (viewers get 403), /api/users needs admin.
 */
class OpenApiCompletenessIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    private static final String VIEWER = "openapi-viewer";
    private static final String VIEWER_PASSWORD = "openapi-viewer-1";

    /** Operations open to the network at the container, and why. */
    private static final Map<String, String> PUBLIC = Map.of(
            "POST /api/webhooks/{cameraId}", "cameras push without a user; each push is authenticated by its "
                    + "camera's webhook secret, so its 401 means a wrong signature, not missing credentials");

    /** Operations whose query parameters are free text that cannot be wrong, and why. */
    private static final Map<String, String> UNCHECKED_QUERY = Map.of(
            "GET /api/discovery/stream-templates/{manufacturer}", "model and firmware only rank the templates; "
                    + "any text is accepted");

    private static final Set<String> READ_METHODS = Set.of("get", "head");

    private static List<Operation> operations;

    @BeforeAll
    static void readTheDocument() {
        Map<String, Map<String, Object>> paths = SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        operations = Operation.allUnderApi(paths);
        assertThat(operations).as("operations under /api").hasSizeGreaterThan(30);
    }

    @Test
    void theExceptionsNameOperationsThatExist() {
        List<String> names = operations.stream().map(Operation::name).toList();
        assertThat(names).containsAll(PUBLIC.keySet()).containsAll(UNCHECKED_QUERY.keySet());
    }

    @Test
    void everyProtectedOperationDeclaresTheSharedUnauthorizedResponse() {
        assertThat(missing(Operation::isProtected, "401", OhmVisionApi.UNAUTHORIZED))
                .as("operations without 401 " + OhmVisionApi.UNAUTHORIZED).isEmpty();
    }

    @Test
    void everyOperationLimitedByRoleDeclaresForbidden() {
        assertThat(missing(Operation::isRoleRestricted, "403", OhmVisionApi.FORBIDDEN))
                .as("operations without 403 " + OhmVisionApi.FORBIDDEN).isEmpty();
    }

    @Test
    void everyOperationThatTakesInputDeclaresBadRequestAndBodiesTooLarge() {
        assertThat(missing(Operation::takesCheckedInput, "400", OhmVisionApi.BAD_REQUEST))
                .as("operations without 400 " + OhmVisionApi.BAD_REQUEST).isEmpty();
        assertThat(missing(Operation::hasBody, "413", OhmVisionApi.TOO_LARGE))
                .as("operations without 413 " + OhmVisionApi.TOO_LARGE).isEmpty();
    }

    /** The rules above are only worth checking if they are the server's: every 401 and 403 really happens. */
    @Test
    void theServerAnswersWhatTheDocumentDeclares() {
        SERVER.adminApi().users().create(json("username", VIEWER, "password", VIEWER_PASSWORD, "role", "viewer"))
                .then().statusCode(201);
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.isProtected()) {
                expect(operation, SERVER.anonymous(), 401, wrong);
            }
            if (operation.isRoleRestricted()) {
                expect(operation, SERVER.as(VIEWER, VIEWER_PASSWORD), 403, wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Stopped by the container before the application: no request here reaches a resource or changes a thing. */
    private static void expect(Operation operation, RequestSpecification caller, int status, List<String> wrong) {
        int answered = caller.request(operation.method().toUpperCase(), operation.path().replaceAll("\\{[^}]+}", "1"))
                .statusCode();
        if (answered != status) {
            wrong.add(operation.name() + " answered " + answered + ", not " + status);
        }
    }

    private static List<String> missing(Predicate<Operation> applies, String code, String component) {
        return operations.stream().filter(applies).filter(o -> !o.refersTo(code, component)).map(Operation::name)
                .toList();
    }

    /** One method on one path, as the document describes it. */
    private record Operation(String method, String path, Map<String, Object> description) {

        static List<Operation> allUnderApi(Map<String, Map<String, Object>> paths) {
            List<Operation> all = new ArrayList<>();
            paths.forEach((path, item) -> item.forEach((method, operation) -> {
                if (path.startsWith("/api/") && operation instanceof Map<?, ?> map && map.containsKey("responses")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> described = (Map<String, Object>) map;
                    all.add(new Operation(method, path, described));
                }
            }));
            return all;
        }

        String name() {
            return method.toUpperCase() + " " + path;
        }

        boolean isProtected() {
            return !PUBLIC.containsKey(name());
        }

        boolean isRoleRestricted() {
            return isProtected() && (!READ_METHODS.contains(method) || path.equals("/api/users")
                    || path.startsWith("/api/users/"));
        }

        boolean hasBody() {
            return description.containsKey("requestBody");
        }

        boolean takesCheckedInput() {
            return hasBody() || (!UNCHECKED_QUERY.containsKey(name()) && parameters().stream()
                    .anyMatch(p -> "query".equals(p.get("in"))));
        }

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> parameters() {
            return (List<Map<String, Object>>) description.getOrDefault("parameters", List.of());
        }

        /** The response of this code is the shared component, so every operation words it the same. */
        boolean refersTo(String code, String component) {
            Object response = ((Map<?, ?>) description.get("responses")).get(code);
            return response instanceof Map<?, ?> map
                    && ("#/components/responses/" + component).equals(map.get("$ref"));
        }
    }
}
