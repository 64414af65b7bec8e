package io.ohmvision.channels.http;

import static io.ohmvision.testing.ScriptedHttpServer.reply;
import static io.ohmvision.testing.ScriptedHttpServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.Fixtures;
import io.ohmvision.testing.ScriptedHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The probe against a scripted HTTP server replaying camera replies and quirks. */
class HttpProbeTest {

    private static final String USER = "admin";
    private static final String PASSWORD = "s3cr:et@1%";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final byte[] JPEG = Fixtures.bytes("http/snapshot-640x360.jpg");
    private static final String DIGEST_REALM = "IP Camera(C2183)";
    private static final String NONCE = "4e6f6e63652d31";

    private final HttpProbe probe = new HttpProbe();
    private final ScriptedHttpServer server = ScriptedHttpServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void readsTheSizeOfASnapshotAndWhoServedIt() {
        server.on("/snap.jpg", reply(200, "image/jpeg", JPEG, Map.of("Server", "App-webs/")));

        ProbeResult result = probe(server.url("/snap.jpg"), null, null);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.reason()).isEqualTo("JPEG snapshot 640x360");
        assertThat(result.media()).isEqualTo(new MediaFacts("JPEG", 640, 360, null, null));
        assertThat(result.fingerprint().server()).isEqualTo("App-webs/");
        assertThat(result.channel()).isEqualTo(ConnectionType.HTTP);
    }

    @Test
    void recognisesAJpegSentWithAGenericContentType() {
        server.on("/cgi-bin/snapshot.cgi", reply(200, "application/octet-stream", JPEG, Map.of()));

        assertThat(probe(server.url("/cgi-bin/snapshot.cgi"), null, null).media().width()).isEqualTo(640);
    }

    @Test
    void rejectsATruncatedJpeg() {
        server.on("/snap.jpg", reply(200, "image/jpeg", Arrays.copyOf(JPEG, JPEG.length / 2), Map.of()));

        ProbeResult result = probe(server.url("/snap.jpg"), null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("truncated JPEG: no end-of-image marker");
    }

    @Test
    void namesTheContentTypeOfALoginPage() {
        server.on("/", reply(200, "text/html; charset=utf-8", Fixtures.bytes("http/login.html"), Map.of()));

        ProbeResult result = probe(server.url("/"), null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("not a camera picture: the reply is text/html");
    }

    /** A refused login in the camera's answer to a wrong password that Foscam or Reolink send with HTTP 200. */
    record CgiRefusalCase(String maker, String path, String query, String contentType, String body, String reason,
                          String masked) {
        @Override
        public String toString() {
            return maker;
        }
    }

    static Stream<CgiRefusalCase> cgiRefusals() {
        return Stream.of(
                new CgiRefusalCase("Foscam", "/cgi-bin/CGIProxy.fcgi", "?cmd=snapPicture2&usr=&pwd=", "text/plain",
                        "<CGI_Result>\n    <result>-2</result>\n</CGI_Result>",
                        "the camera refused the user name or password (CGI result -2)", "usr=admin&pwd=***"),
                // reolink_aio's reading of Reolink's answer, spaced as the camera sends it
                new CgiRefusalCase("Reolink", "/cgi-bin/api.cgi", "?cmd=Snap&channel=0&rs=ohmv&user=&password=",
                        "text/html", """
                        [
                           {
                              "cmd" : "Snap",
                              "code" : 1,
                              "error" : {
                                 "detail" : "login failed",
                                 "rspCode" : -7
                              }
                           }
                        ]
                        """, "the camera refused the user name or password (\"login failed\")",
                        "user=admin&password=***"));
    }

    /** Auto-detect's lockout guard must see these refusals: both makers lock an account after wrong passwords. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cgiRefusals")
    void readsACgiRefusalInA200AsTheRefusalItIs(CgiRefusalCase refusal) {
        server.on(refusal.path(), reply(200, refusal.contentType(), refusal.body().getBytes(StandardCharsets.US_ASCII),
                Map.of()));

        ProbeResult result = probe(server.url(refusal.path() + refusal.query()), "admin", "wrong");

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo(refusal.reason());
        assertThat(result.maskedUrl()).endsWith(refusal.masked());
    }

    @Test
    void readsReolinksLockedLoginAsARefusal() {
        server.on("/cgi-bin/api.cgi", reply(200, "text/html", """
                [{"cmd":"Snap","code":1,"error":{"detail":"Login has been locked, please try again later",\
                "rspCode":-503}}]""".getBytes(StandardCharsets.US_ASCII), Map.of()));

        ProbeResult result = probe(server.url("/cgi-bin/api.cgi?cmd=Snap&channel=0&user=&password="), "admin", "x");

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).contains("locked this login");
    }

    @Test
    void anotherReolinkErrorIsNoRefusal() {
        server.on("/cgi-bin/api.cgi", reply(200, "text/html",
                "[{\"cmd\":\"Snap\",\"code\":1,\"error\":{\"detail\":\"not support\",\"rspCode\":-9}}]"
                        .getBytes(StandardCharsets.US_ASCII), Map.of()));

        assertThat(probe(server.url("/cgi-bin/api.cgi?cmd=Snap&channel=0&user=&password="), "admin", "pw").outcome())
                .isEqualTo(Outcome.PROTOCOL_ERROR);
    }

    @Test
    void anotherCgiResultIsNoRefusal() {
        server.on("/cgi-bin/CGIProxy.fcgi", reply(200, "text/plain",
                "<CGI_Result><result>-1</result></CGI_Result>".getBytes(StandardCharsets.US_ASCII), Map.of()));

        assertThat(probe(server.url("/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=&pwd="), "admin", "pw").outcome())
                .isEqualTo(Outcome.PROTOCOL_ERROR);
    }

    @Test
    void answersBasicAuthAndKeepsTheRealm() {
        server.on("/snap.jpg", basicAuth(reply(200, "image/jpeg", JPEG, Map.of())));

        ProbeResult result = probe(server.url("/snap.jpg"), USER, PASSWORD);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.fingerprint().realm()).isEqualTo("Network Camera");
    }

    @Test
    void reportsAWrongBasicPasswordWithoutRepeatingIt() {
        server.on("/snap.jpg", basicAuth(reply(200, "image/jpeg", JPEG, Map.of())));

        ProbeResult result = probe(server.url("/snap.jpg"), USER, "wrong-Pa55");

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("wrong user name or password (401 after Basic)");
        assertThat(result.toString()).doesNotContain("wrong-Pa55");
    }

    @Test
    void reportsMissingCredentials() {
        server.on("/snap.jpg", basicAuth(reply(200, "image/jpeg", JPEG, Map.of())));

        ProbeResult result = probe(server.url("/snap.jpg"), null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("credentials required (401)");
    }

    @Test
    void answersADigestChallengeWithQopAuth() {
        server.on("/ISAPI/Streaming/channels/101/picture", digestAuth(reply(200, "image/jpeg", JPEG, Map.of())));

        ProbeResult result = probe(server.url("/ISAPI/Streaming/channels/101/picture"), USER, PASSWORD);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.fingerprint().realm()).isEqualTo(DIGEST_REALM);
        assertThat(server.requests().get(1).authorization()).startsWith("Digest ").doesNotContain(PASSWORD);
    }

    @Test
    void reportsAWrongDigestPassword() {
        server.on("/snap.jpg", digestAuth(reply(200, "image/jpeg", JPEG, Map.of())));

        ProbeResult result = probe(server.url("/snap.jpg"), USER, "wrong");

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("wrong user name or password (401 after Digest)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "404, NOT_FOUND, path not found (404)",
            "403, AUTH_FAILED, access forbidden (403)",
            "503, BUSY, too many clients or requests (503)",
            "429, BUSY, too many clients or requests (429)",
            "300, NOT_FOUND, 'redirected elsewhere, not followed (300)'",
            "500, PROTOCOL_ERROR, unexpected status 500",
    })
    void mapsStatusCodes(int status, Outcome outcome, String reason) {
        server.on("/snap.jpg", reply(status, "text/html", "<html/>".getBytes(StandardCharsets.UTF_8),
                Map.of("Location", "/login.html")));

        ProbeResult result = probe(server.url("/snap.jpg"), null, null);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.reason()).isEqualTo(reason);
    }

    @Test
    void followsARedirectOnTheCamerasOwnOriginWithTheCredentials() {
        server.on("/snap.jpg", reply(302, null, new byte[0], Map.of("Location", "/cgi-bin/snapshot.cgi")))
                .on("/cgi-bin/snapshot.cgi", basicAuth(reply(200, "image/jpeg", JPEG, Map.of())));

        ProbeResult result = probe(server.url("/snap.jpg"), USER, PASSWORD);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(server.requests()).extracting(ScriptedHttpServer.Request::path)
                .containsExactly("/snap.jpg", "/cgi-bin/snapshot.cgi", "/cgi-bin/snapshot.cgi");
    }

    @Test
    void doesNotFollowARedirectToAnotherHost() {
        try (ScriptedHttpServer elsewhere = ScriptedHttpServer.startOn("127.0.0.2")) {
            elsewhere.on("/", basicAuth(reply(200, "image/jpeg", JPEG, Map.of())));
            server.on("/snap.jpg", reply(302, null, new byte[0], Map.of("Location", elsewhere.url("/steal"))));

            ProbeResult result = probe(server.url("/snap.jpg"), USER, PASSWORD);

            assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
            assertThat(result.reason()).isEqualTo("a redirect (302) pointed to " + elsewhere.url("/steal")
                    + " (another host): not followed");
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    void sendsNoCredentialsAfterARedirectToAnotherPortOfTheSameHost() {
        try (ScriptedHttpServer otherPort = ScriptedHttpServer.start()) {
            otherPort.on("/", basicAuth(reply(200, "image/jpeg", JPEG, Map.of())));
            server.on("/snap.jpg", reply(307, null, new byte[0], Map.of("Location", otherPort.url("/snap.jpg"))));

            ProbeResult result = probe(server.url("/snap.jpg"), USER, PASSWORD);

            assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
            assertThat(result.reason()).isEqualTo("credentials required (401)");
            assertThat(otherPort.requests()).singleElement().extracting(ScriptedHttpServer.Request::authorization)
                    .isNull();
        }
    }

    @Test
    void stopsAnEndlessRedirectAfterThree() {
        server.on("/loop", reply(301, null, new byte[0], Map.of("Location", "/loop")));

        ProbeResult result = probe(server.url("/loop"), null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(result.reason()).isEqualTo("more than 3 redirects: not followed");
        assertThat(server.requests()).hasSize(1 + HttpSession.MAX_REDIRECTS);
    }

    @Test
    void doesNotFollowARedirectToAnotherScheme() {
        server.on("/snap.jpg", reply(302, null, new byte[0], Map.of("Location", "ftp://127.0.0.1/snap.jpg")));

        ProbeResult result = probe(server.url("/snap.jpg"), null, null);

        assertThat(result.reason()).isEqualTo("a redirect (302) gave ftp://127.0.0.1/snap.jpg (a scheme OhmVision does "
                + "not connect to a device over): not followed");
    }

    @Test
    void measuresAnEndlessMjpegStream() {
        server.on("/video.mjpg", mjpeg("--myboundary", 100, JPEG));

        ProbeResult result = probe(server.url("/video.mjpg"), null, null);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media().videoCodec()).isEqualTo("MJPEG");
        assertThat(result.media().width()).isEqualTo(640);
        assertThat(result.media().fps()).isPositive();
        assertThat(result.latencyMillis()).isLessThan(TIMEOUT.toMillis());
    }

    @Test
    void skipsTheStaleFirstPartOfAVlcStream() {
        server.on("/stream.mjpg", reply(200, "multipart/x-mixed-replace;boundary=7b3cc56e5f51db803f790dad720ed50a",
                Fixtures.bytes("http/vlc-mpjpeg-new-client.multipart"), Map.of()));

        ProbeResult result = probe(server.url("/stream.mjpg"), null, null);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media().width()).isEqualTo(320);
        assertThat(result.media().height()).isEqualTo(180);
    }

    @Test
    void rejectsAnMjpegStreamWhosePartsAreNotJpegs() {
        server.on("/video.mjpg", mjpeg("myboundary", 100, "not a picture".getBytes(StandardCharsets.US_ASCII)));

        ProbeResult result = probe(server.url("/video.mjpg"), null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("MJPEG part 2: not a JPEG: no start-of-image marker");
    }

    @Test
    void givesUpOnATricklingSnapshotAtItsDeadline() {
        server.on("/snap.jpg", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, JPEG.length);
            OutputStream out = exchange.getResponseBody();
            for (byte b : JPEG) {
                out.write(b);
                out.flush();
                pause(100);
            }
        });
        Duration deadline = Duration.ofMillis(800);

        ProbeResult result = probe.probe(new ProbeTarget(server.url("/snap.jpg"), null, null, deadline));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        // generous bound: only proves the probe stops near its deadline instead of reading to the end
        assertThat(result.latencyMillis()).isLessThan(deadline.toMillis() + 2_500);
    }

    @Test
    void givesUpOnAListenerThatNeverAnswersAtItsDeadline() throws IOException {
        try (ServerSocket mute = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Duration deadline = Duration.ofMillis(500);

            ProbeResult result = probe.probe(new ProbeTarget("http://127.0.0.1:" + mute.getLocalPort() + "/snap.jpg",
                    USER, PASSWORD, deadline));

            assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.latencyMillis()).isLessThan(deadline.toMillis() + 2_500);
        }
    }

    @Test
    void reportsAClosedPortAsRefused() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        ProbeResult result = probe(server.url("/").replaceFirst(":\\d+/", ":" + port + "/"), null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void leavesAnHttpUrlToTheHttpProbe() {
        ProbeResult result = new HttpsProbe().probe(new ProbeTarget(server.url("/snap.jpg"), null, null, TIMEOUT));

        assertThat(result.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(result.channel()).isEqualTo(ConnectionType.HTTPS);
        assertThat(server.requests()).isEmpty();
    }

    private ProbeResult probe(String url, String user, String password) {
        return probe.probe(new ProbeTarget(url, user, password, TIMEOUT));
    }

    private static HttpHandler basicAuth(HttpHandler inner) {
        BasicAuthenticator authenticator = new BasicAuthenticator("Network Camera") {
            @Override
            public boolean checkCredentials(String user, String password) {
                return USER.equals(user) && PASSWORD.equals(password);
            }
        };
        return exchange -> {
            if (authenticator.authenticate(exchange) instanceof com.sun.net.httpserver.Authenticator.Success) {
                inner.handle(exchange);
            } else {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Network Camera\"");
                send(exchange, 401, new byte[0]);
            }
        };
    }

    /** RFC 7616 Digest with qop=auth and MD5, as Hikvision asks, checked the way a camera checks it. */
    private static HttpHandler digestAuth(HttpHandler inner) {
        return exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && digestMatches(authorization, exchange.getRequestMethod())) {
                inner.handle(exchange);
                return;
            }
            exchange.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"" + DIGEST_REALM
                    + "\", qop=\"auth\", nonce=\"" + NONCE + "\", algorithm=MD5, stale=\"FALSE\"");
            send(exchange, 401, new byte[0]);
        };
    }

    private static boolean digestMatches(String authorization, String method) {
        Map<String, String> p = new HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))").matcher(authorization);
        while (m.find()) {
            p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String ha1 = md5(USER + ":" + DIGEST_REALM + ":" + PASSWORD);
        String ha2 = md5(method + ":" + p.get("uri"));
        String expected = md5(ha1 + ":" + NONCE + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        return authorization.startsWith("Digest ") && USER.equals(p.get("username")) && "auth".equals(p.get("qop"))
                && expected.equals(p.get("response"));
    }

    /** An endless multipart/x-mixed-replace stream, chunked, one part every {@code periodMillis}. */
    private static HttpHandler mjpeg(String declaredBoundary, long periodMillis, byte[] frame) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "multipart/x-mixed-replace; boundary=" + declaredBoundary);
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            String delimiter = declaredBoundary.startsWith("--") ? declaredBoundary : "--" + declaredBoundary;
            while (!Thread.currentThread().isInterrupted()) {
                out.write((delimiter + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + frame.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(frame);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pause(periodMillis);
            }
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
