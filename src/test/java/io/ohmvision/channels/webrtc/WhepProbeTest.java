package io.ohmvision.channels.webrtc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe against scripted HTTP replies on loopback: status mapping, the answer checks and the DELETE. */
class WhepProbeTest {

    private static final String TOKEN = "s3cr3t-t0ken";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final WhepProbe probe = new WhepProbe();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private HttpServer server;
    private String answer;

    private record Request(String method, String path, String authorization, String contentType, String body) {
    }

    private record Reply(int status, String contentType, String location, String body, Duration delay) {
        static Reply status(int status) {
            return new Reply(status, null, null, "", Duration.ZERO);
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/webrtc/gstreamer-1.22-answer.sdp")) {
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        replies.put("POST", new Reply(201, "application/sdp", "/live/cam1/whep/session-7", answer, Duration.ZERO));
        replies.put("DELETE", Reply.status(200));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void createdSessionWithAnSdpAnswerIsSignallingOnlyOk() {
        ProbeResult result = probe(null, null);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media()).isEqualTo(new MediaFacts("H.264", 320, 180, 15.0, "Opus"));
        assertThat(result.reason()).isEqualTo("WHEP session created: answer offers H.264 + Opus, 2 sources, "
                + "6 ICE candidates (signalling only; media not checked)");
        Request offer = requests.get(0);
        assertThat(offer.method()).isEqualTo("POST");
        assertThat(offer.contentType()).isEqualTo("application/sdp");
        assertThat(offer.body()).startsWith("v=0\r\n").contains("a=recvonly");
        assertThat(offer.authorization()).isNull();
    }

    @Test
    void deletesTheSessionAtItsLocationResolvedAgainstTheEndpoint() {
        probe(null, TOKEN);

        assertThat(requests).extracting(Request::method, Request::path, Request::authorization).containsExactly(
                tuple("POST", "/live/cam1/whep", "Bearer " + TOKEN),
                tuple("DELETE", "/live/cam1/whep/session-7", "Bearer " + TOKEN));
    }

    @Test
    void aRelativeLocationIsResolvedLikeABrowserWould() {
        replies.put("POST", new Reply(201, "application/sdp", "session-9", answer, Duration.ZERO));

        probe(null, null);

        assertThat(requests.get(1).path()).isEqualTo("/live/cam1/session-9");
    }

    @Test
    void aSessionOnAnotherPortIsDeletedWithoutTheToken() throws IOException {
        HttpServer otherPort = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherPort.createContext("/", this::handle);
        otherPort.start();
        try {
            String elsewhere = "http://127.0.0.1:" + otherPort.getAddress().getPort() + "/other/session-1";
            replies.put("POST", new Reply(201, "application/sdp", elsewhere, answer, Duration.ZERO));

            probe(null, TOKEN);

            assertThat(requests).extracting(Request::method, Request::path, Request::authorization).containsExactly(
                    tuple("POST", "/live/cam1/whep", "Bearer " + TOKEN), tuple("DELETE", "/other/session-1", null));
        } finally {
            otherPort.stop(0);
        }
    }

    @Test
    void aSessionOnAnotherHostIsNotDeletedAndSaysWhy() {
        String elsewhere = "http://127.0.0.2:" + server.getAddress().getPort() + "/other/session-1";
        replies.put("POST", new Reply(201, "application/sdp", elsewhere, answer, Duration.ZERO));

        ProbeResult result = probe(null, TOKEN);

        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.reason()).endsWith("; the Location of the session pointed to " + elsewhere
                + " (another host): not followed, the session will expire on its own");
        assertThat(requests).extracting(Request::method).containsExactly("POST");
    }

    @Test
    void aRefusedDeleteKeepsTheOutcomeButIsTold() {
        replies.put("DELETE", Reply.status(405));

        ProbeResult result = probe(null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.reason()).endsWith("; DELETE answered 405, the session will expire on its own");
    }

    @Test
    void aUserAndPasswordGoAsBasic() {
        probe("admin", "pw");

        assertThat(requests.get(0).authorization()).startsWith("Basic ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"401, AUTH_FAILED", "403, AUTH_FAILED", "404, NOT_FOUND", "503, BUSY", "429, BUSY",
            "405, UNSUPPORTED", "400, PROTOCOL_ERROR", "500, PROTOCOL_ERROR", "200, PROTOCOL_ERROR",
            "307, NOT_FOUND"})
    void mapsStatusesToOutcomes(int status, Outcome outcome) {
        replies.put("POST", Reply.status(status));

        ProbeResult result = probe(null, TOKEN);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(outcome);
        assertThat(result.reason()).contains(String.valueOf(status)).doesNotContain(TOKEN);
        assertThat(requests).extracting(Request::method).containsExactly("POST");
    }

    @Test
    void aRefusedTokenSaysWhichSchemeWasTried() {
        replies.put("POST", Reply.status(401));

        ProbeResult refused = probe(null, TOKEN);

        assertThat(refused.reason()).isEqualTo("token or credentials refused (401 after Bearer)");
        assertThat(refused.fingerprint().realm()).isEqualTo("cams");
        assertThat(probe(null, null).reason()).isEqualTo("the WHEP endpoint needs a token or credentials (401)");
    }

    @Test
    void aCreatedReplyWithoutSdpIsAProtocolErrorAndStillDeleted() {
        replies.put("POST", new Reply(201, "text/html", "/s/1", "<html>login</html>", Duration.ZERO));

        ProbeResult result = probe(null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("201 Created without an SDP answer");
        assertThat(requests).extracting(Request::method).containsExactly("POST", "DELETE");
    }

    @Test
    void aCreatedReplyWithoutLocationIsAProtocolError() {
        replies.put("POST", new Reply(201, "application/sdp", null, answer, Duration.ZERO));

        ProbeResult result = probe(null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).startsWith("201 Created without a valid Location header");
        assertThat(result.media().videoCodec()).isEqualTo("H.264");
    }

    @Test
    void aHugeReplyIsCutOffAsAProtocolError() {
        replies.put("POST", new Reply(201, "application/sdp", "/s/1", answer.repeat(500), Duration.ZERO));

        ProbeResult result = probe(null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("reply body larger than 262144 bytes");
    }

    @Test
    void aSlowServerIsATimeoutWithinTheDeadline() {
        replies.put("POST", new Reply(201, "application/sdp", "/s/1", answer, Duration.ofSeconds(3)));

        ProbeResult result = probe.probe(new ProbeTarget(url(), null, null, Duration.ofMillis(300)));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(result.latencyMillis()).isLessThan(1500);
    }

    @Test
    void nothingListeningIsRefused() {
        server.stop(0);

        assertThat(probe(null, null).outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void otherSchemesAreUnsupported() {
        ProbeResult result = probe.probe(new ProbeTarget("rtsp://127.0.0.1/whep", null, null, TIMEOUT));

        assertThat(result.outcome()).isEqualTo(Outcome.UNSUPPORTED);
    }

    private ProbeResult probe(String user, String password) {
        return probe.probe(new ProbeTarget(url(), user, password, TIMEOUT));
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/live/cam1/whep";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Reply reply = replies.getOrDefault(exchange.getRequestMethod(), Reply.status(405));
            Thread.sleep(reply.delay().toMillis());
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            }
            if (reply.location() != null) {
                exchange.getResponseHeaders().add("Location", reply.location());
            }
            if (reply.status() == 401) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"cams\"");
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
