package io.ohmvision.users;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ohmvision.testing.HealthSocketClient;
import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.RunningServer;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sign-in on a real server (PostgreSQL, so the test can read and write the users table meanwhile): throttled guessing
 * over Basic and the login page, hashes upgraded at the next sign-in, the cache of verified credentials and its
 * invalidation, role changes and deletions taking effect on the next request (API, console session, /ws/health, the
 * console's push socket), the WebSocket Origin check, the session cookie and the security headers.
 */
@OnPostgres
class SignInSecurityIT {

    private static final String FOREIGN_ORIGIN = "https://evil.example";
    private static final String LISTED_ORIGIN = "https://console.example";

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.privateOnPostgres("sign-in")
            .withEnvironment("OHMVISION_WEBSOCKET_ALLOWED_ORIGINS", LISTED_ORIGIN);

    @Test
    void guessingOverBasicEndsIn429WithRetryAfterAndNeverLocksTheUserOutForGood() throws InterruptedException {
        createUser("guessed", "Right-Passw0rd", "viewer");
        for (int i = 0; i < 6; i++) {
            SERVER.apiAs("guessed", "wrong-" + i).cameras().list().then().statusCode(401);
        }
        Response refused = SERVER.apiAs("guessed", "Right-Passw0rd").cameras().list();
        assertThat(refused.statusCode()).as("not even the right password is checked now").isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("try again in");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);

        // the admin is not slowed by another account's guesses
        SERVER.adminApi().cameras().list().then().statusCode(200);
        TimeUnit.SECONDS.sleep(retryAfter);
        SERVER.apiAs("guessed", "Right-Passw0rd").cameras().list().then().statusCode(200);
        assertThat(SERVER.payara().logText()).doesNotContain("Right-Passw0rd");
    }

    @Test
    void theLoginPageSaysWhenToTryAgain() throws Exception {
        createUser("console-guessed", "Right-Passw0rd", "viewer");
        Console console = new Console();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> failed = console.signIn("console-guessed", "wrong-" + i);
            assertThat(failed.statusCode()).isEqualTo(200);
            assertThat(failed.body()).contains("Wrong user name or password");
        }
        HttpResponse<String> refused = console.signIn("console-guessed", "Right-Passw0rd");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many failed sign-ins").containsPattern("Try again in \\d+ s");
    }

    @Test
    void anOutdatedHashIsUpgradedAtTheNextSignInAndStillVerifiesAfterwards() throws Exception {
        createUser("old-timer", "Old-Passw0rd", "viewer");
        String outdated = pbkdf2("Old-Passw0rd", 2048);
        storeHash("old-timer", outdated);

        SERVER.apiAs("old-timer", "Old-Passw0rd").cameras().list().then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> storedHash("old-timer").startsWith(
                "PBKDF2WithHmacSHA256:600000:"));
        assertThat(Base64.getDecoder().decode(storedHash("old-timer").split(":")[2])).hasSize(32);

        SERVER.adminApi().users().update("old-timer", json("role", "viewer")).then().statusCode(200);
        SERVER.apiAs("old-timer", "Old-Passw0rd").cameras().list().then().statusCode(200); // the new hash verifies
        SERVER.apiAs("old-timer", "Wrong-Passw0rd").cameras().list().then().statusCode(401);
        assertThat(SERVER.payara().logText()).contains("Password hash of user 'old-timer' upgraded");
    }

    @Test
    void aVerifiedPasswordIsNotHashedAgainUntilTheUserChanges() throws Exception {
        createUser("cached", "Cached-Passw0rd", "viewer");
        SERVER.apiAs("cached", "Cached-Passw0rd").cameras().list().then().statusCode(200);

        // Behind OhmVision's back the stored hash no longer matches: only the cache can still say yes.
        storeHash("cached", pbkdf2("another password", 1024));
        SERVER.apiAs("cached", "Cached-Passw0rd").cameras().list().then().statusCode(200);

        SERVER.adminApi().users().update("cached", json("role", "operator")).then().statusCode(200);
        SERVER.apiAs("cached", "Cached-Passw0rd").cameras().list().then().statusCode(401); // a change empties it
    }

    @Test
    void aRoleChangeOrDeletionTakesEffectOnTheNextApiRequest() {
        createUser("promoted", "Promoted-Passw0rd", "viewer");
        SERVER.apiAs("promoted", "Promoted-Passw0rd").users().list().then().statusCode(403);
        SERVER.adminApi().users().update("promoted", json("role", "admin")).then().statusCode(200);
        SERVER.apiAs("promoted", "Promoted-Passw0rd").users().list().then().statusCode(200);
        SERVER.adminApi().users().update("promoted", json("role", "viewer")).then().statusCode(200);
        SERVER.apiAs("promoted", "Promoted-Passw0rd").users().list().then().statusCode(403);
        SERVER.adminApi().users().delete("promoted").then().statusCode(204);
        SERVER.apiAs("promoted", "Promoted-Passw0rd").cameras().list().then().statusCode(401);
    }

    @Test
    void aConsoleSessionFollowsTheRoleAndEndsWithAPasswordChangeClosingItsPushSocket() throws Exception {
        createUser("console-user", "Console-Passw0rd", "viewer");
        Console console = new Console();
        assertThat(console.signIn("console-user", "Console-Passw0rd").statusCode()).isEqualTo(302);
        HttpResponse<String> dashboard = console.get("/admin/dashboard.xhtml");
        assertThat(dashboard.body()).contains("console-user (viewer)");

        SERVER.adminApi().users().update("console-user", json("role", "operator")).then().statusCode(200);
        dashboard = console.get("/admin/dashboard.xhtml");
        assertThat(dashboard.body()).as("the same session, the new role").contains("console-user (operator)");

        URI push = console.pushChannel(dashboard.body());
        assertThatThrownBy(() -> new HealthSocketClient(push, console.handshake(FOREIGN_ORIGIN)))
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(403));
        try (HealthSocketClient socket = new HealthSocketClient(push, console.handshake(console.ownOrigin()))) {
            SERVER.adminApi().users().update("console-user", json("password", "Changed-Passw0rd")).then()
                    .statusCode(200);
            assertThat(socket.closedWith().get(30, TimeUnit.SECONDS)).as("the push socket closes").isPositive();
        }
        assertThat(console.get("/admin/dashboard.xhtml").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login.xhtml"));
    }

    @Test
    void aDeletedUsersConsoleSessionEnds() throws Exception {
        createUser("leaving", "Leaving-Passw0rd", "operator");
        Console console = new Console();
        assertThat(console.signIn("leaving", "Leaving-Passw0rd").statusCode()).isEqualTo(302);
        assertThat(console.get("/admin/cameras.xhtml").statusCode()).isEqualTo(200);
        SERVER.adminApi().users().delete("leaving").then().statusCode(204);
        assertThat(console.get("/admin/cameras.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void aHealthSocketClosesWhenItsUsersRoleChanges() throws Exception {
        createUser("watcher", "Watcher-Passw0rd", "viewer");
        try (HealthSocketClient socket = new HealthSocketClient(healthSocket(), Map.of("Authorization",
                HealthSocketClient.basic("watcher", "Watcher-Passw0rd")))) {
            try (HealthSocketClient admins = new HealthSocketClient(SERVER.payara())) {
                SERVER.adminApi().users().update("watcher", json("role", "operator")).then().statusCode(200);
                assertThat(socket.closedWith().get(30, TimeUnit.SECONDS)).isEqualTo(1008);
                assertThat(admins.closedWith()).as("another user's socket stays open").isNotDone();
            }
        }
    }

    @Test
    void aHealthSocketFromAnotherSitesPageIsRefusedAndProgramsWithoutOriginStillConnect() throws Exception {
        String basic = HealthSocketClient.basic("admin", RunningServer.ADMIN_PASSWORD);
        assertThatThrownBy(() -> new HealthSocketClient(healthSocket(), Map.of("Authorization", basic,
                "Origin", FOREIGN_ORIGIN))).hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(403));
        for (Map<String, String> headers : List.of(Map.of("Authorization", basic),
                Map.of("Authorization", basic, "Origin", "http://127.0.0.1:" + SERVER.payara().port()),
                Map.of("Authorization", basic, "Origin", LISTED_ORIGIN))) {
            try (HealthSocketClient socket = new HealthSocketClient(healthSocket(), headers)) {
                assertThat(socket.closedWith()).isNotDone();
            }
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndPagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = new Console().get("/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("served over HTTP").doesNotContainIgnoringCase("Secure");
        assertThat(cookie.toLowerCase().split("samesite", -1)).as("one SameSite attribute").hasSize(2);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'").containsPattern("script-src 'self' 'nonce-[^']+'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");

        Response api = SERVER.adminApi().cameras().list();
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    private static void createUser(String username, String password, String role) {
        SERVER.adminApi().users().create(json("username", username, "password", password, "role", role))
                .then().statusCode(201);
    }

    private static URI healthSocket() {
        return URI.create("ws://127.0.0.1:" + SERVER.payara().port() + "/ws/health");
    }

    /** A hash as Jakarta Security's Pbkdf2PasswordHash writes it, with the given iterations. */
    private static String pbkdf2(String password, int iterations) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    private static void storeHash(String username, String hash) throws SQLException {
        try (Connection connection = SERVER.database().connect();
             PreparedStatement update = connection.prepareStatement(
                     "update users set password_hash = ? where username = ?")) {
            update.setString(1, hash);
            update.setString(2, username);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String storedHash(String username) throws SQLException {
        try (Connection connection = SERVER.database().connect();
             PreparedStatement select = connection.prepareStatement(
                     "select password_hash from users where username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    /** A browser's console session over plain HTTP: the login page's form posted as a browser posts it. */
    private static final class Console {

        private static final Pattern VIEW_STATE = Pattern.compile(
                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
        private static final Pattern PUSH_URL = Pattern.compile("/jakarta\\.faces\\.push/health\\?[0-9a-f-]{36}");

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(SERVER.payara().baseUri().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> page = get("/login.xhtml");
            Matcher viewState = VIEW_STATE.matcher(page.body());
            assertThat(viewState.find()).as("the login form's view state").isTrue();
            Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
            assertThat(nonce.find()).as("the page's CSP nonce").isTrue();
            // PrimeFaces' script puts the nonce into the form; it checks it on the post
            String form = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                    + "&login%3Asignin=&jakarta.faces.ViewState=" + encode(viewState.group(1))
                    + "&primefaces.nonce=" + encode(nonce.group(1));
            return http.send(HttpRequest.newBuilder(SERVER.payara().baseUri().resolve("/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The page's own push channel (its id is the session's). */
        URI pushChannel(String page) {
            Matcher url = PUSH_URL.matcher(page);
            assertThat(url.find()).as("the page opens the push channel").isTrue();
            return URI.create("ws://127.0.0.1:" + SERVER.payara().port() + url.group());
        }

        String ownOrigin() {
            return "http://127.0.0.1:" + SERVER.payara().port();
        }

        Map<String, String> handshake(String origin) {
            String session = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
            return Map.of("Cookie", "JSESSIONID=" + session, "Origin", origin);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
