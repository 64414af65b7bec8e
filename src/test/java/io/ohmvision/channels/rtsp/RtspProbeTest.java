package io.ohmvision.channels.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.testing.ScriptedRtspServer;
import io.ohmvision.testing.ScriptedRtspServer.Reply;
import io.ohmvision.testing.ScriptedRtspServer.Request;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe against scripted servers replaying captured and transcribed camera replies, quirks included. */
class RtspProbeTest {

    private static final String PASSWORD = "s3cr:et@1";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Without a Server header, so that the fingerprint comes from the vendor's own replies. */
    private static final Reply OPTIONS_200 =
            Reply.text("RTSP/1.0 200 OK\r\nCSeq: 1\r\nPublic: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n\r\n");
    private static final Reply GSTREAMER_200 = Reply.fixture("rtsp/gstreamer/describe-main-200.txt");

    private final RtspProbe probe = new RtspProbe();
    private ScriptedRtspServer server;

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "gstreamer, H.264, 640, 360, GStreamer RTSP server, GStreamer RTSP Server",
            "hikvision, H.264, 1920, 1080, -, IP Camera(C2183)",
            "dahua, H.265, 2560, 1440, Dahua Rtsp Server, Login to 4H05C1EPAZ12345",
            "axis, H.264, 1920, 1080, -, AXIS_ACCC8E012345",
            "hanwha, MJPEG, 1280, 720, -, iPOLiS",
    })
    void describesAVendorStreamAfterDigest(String vendor, String codec, int width, int height, String serverHeader,
                                          String realm) {
        String describe200 = vendor.equals("gstreamer") ? "describe-main-200.txt" : "describe-200.txt";
        server = ScriptedRtspServer.start(challengeThenAnswer(
                Reply.fixture("rtsp/" + vendor + "/describe-401.txt"), Reply.fixture("rtsp/" + vendor + "/" + describe200)));

        ProbeResult result = probe("/stream", "admin", PASSWORD);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media()).extracting(MediaFacts::videoCodec, MediaFacts::width, MediaFacts::height)
                .containsExactly(codec, width, height);
        assertThat(result.fingerprint()).isEqualTo(new ServerFingerprint(serverHeader, realm));
        assertThat(server.requests("DESCRIBE").get(1).authorization()).hasValueSatisfying(a -> a.startsWith("Digest "));
    }

    @Test
    void putsPercentDecodedCredentialsAndTheUrlWithoutThemIntoTheDigest() {
        server = ScriptedRtspServer.start(challengeThenAnswer(Reply.fixture("rtsp/dahua/describe-401.txt"), GSTREAMER_200));
        String url = server.url("/cam/realmonitor?channel=1&subtype=0");
        ProbeTarget target = ProbeTarget.fromUrlWithCredentials(url.replace("rtsp://", "rtsp://admin:p%40ss%3A1@"), TIMEOUT);

        ProbeResult result = probe.probe(target);

        String ha1 = md5("admin:Login to 4H05C1EPAZ12345:p@ss:1");
        String expected = md5(ha1 + ":d6c5f9a3e1b2c4d8:" + md5("DESCRIBE:" + url));
        Request authenticated = server.requests("DESCRIBE").get(1);
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.reason()).isEqualTo("stream described: H.264 640x360 25 fps");
        assertThat(authenticated.uri()).isEqualTo(url);
        assertThat(authenticated.authorization()).hasValueSatisfying(a -> assertThat(a)
                .contains("uri=\"" + url + "\"", "response=\"" + expected + "\"").doesNotContain("qop", "cnonce"));
        assertThat(result.maskedUrl()).isEqualTo(url.replace("rtsp://", "rtsp://admin:***@"));
    }

    @Test
    void answersQopAuthWithUnquotedQopAndNcAndAQuotedCnonce() {
        server = ScriptedRtspServer.start(challengeThenAnswer(Reply.fixture("rtsp/rfc7616/describe-401.txt"), GSTREAMER_200));

        ProbeResult result = probe("/main", "Mufasa", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(server.requests("DESCRIBE").get(1).authorization()).hasValueSatisfying(a -> assertThat(a)
                .contains("algorithm=SHA-256", "qop=auth,", "nc=00000001", "opaque=\"FQhe")
                .containsPattern("cnonce=\"[0-9a-f]{32}\""));
    }

    @Test
    void usesBasicWhenThatIsAllTheCameraOffers() {
        server = ScriptedRtspServer.start(challengeThenAnswer(Reply.fixture("rtsp/hikvision-2014/describe-401.txt"),
                GSTREAMER_200));

        ProbeResult result = probe("/Streaming/Channels/1", "admin", "12345");

        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(server.requests("DESCRIBE").get(1).authorization()).contains("Basic YWRtaW46MTIzNDU=");
    }

    @Test
    void startsAFreshHandshakeWhenACachedNonceIsForbidden() {
        AtomicInteger authenticatedDescribes = new AtomicInteger();
        server = ScriptedRtspServer.start(request -> {
            if (request.authorization().isEmpty()) {
                return Reply.fixture("rtsp/dahua/describe-401.txt");
            }
            if (request.method().equals("OPTIONS")) {
                return OPTIONS_200;
            }
            return authenticatedDescribes.incrementAndGet() == 1
                    ? Reply.fixture("rtsp/dahua/describe-403.txt") : Reply.fixture("rtsp/dahua/describe-200.txt");
        });

        ProbeResult result = probe("/cam/realmonitor?channel=1&subtype=0", "admin", PASSWORD);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(server.requests("DESCRIBE")).extracting(r -> r.authorization().isPresent())
                .containsExactly(true, false, true);
    }

    @Test
    void reportsForbiddenAfterAFreshHandshake() {
        server = ScriptedRtspServer.start(request -> request.authorization().isEmpty()
                ? Reply.fixture("rtsp/dahua/describe-401.txt") : Reply.fixture("rtsp/dahua/describe-403.txt"));

        ProbeResult result = probe("/x", "admin", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("access forbidden (403)");
    }

    @Test
    void reportsWrongCredentialsWithoutShowingThem() {
        server = ScriptedRtspServer.start(request -> Reply.fixture("rtsp/hikvision/describe-401.txt"));

        ProbeResult result = probe("/Streaming/Channels/101", "admin", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("wrong user name or password (401 after Digest)");
        assertThat(result.toString()).doesNotContain(PASSWORD, "s3cr");
        assertThat(server.requests()).hasSize(2); // one answered challenge, no guessing loop that could lock the account
    }

    @Test
    void reportsMissingCredentials() {
        server = ScriptedRtspServer.start(challengeThenAnswer(Reply.fixture("rtsp/axis/describe-401.txt"), GSTREAMER_200));

        ProbeResult result = probe("/axis-media/media.amp", null, null);

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("credentials required (401)");
    }

    @Test
    void reportsAnAuthenticationSchemeItCannotSpeak() {
        server = ScriptedRtspServer.start(request -> Reply.text("RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\n"
                + "WWW-Authenticate: NTLM\r\n\r\n"));

        ProbeResult result = probe("/x", "admin", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(result.reason()).contains("ntlm");
    }

    @Test
    void acceptsAServerThatClosesRightAfterTheAuthenticatedDescribe() {
        server = ScriptedRtspServer.start(challengeThenAnswer(Reply.fixture("rtsp/hikvision/describe-401.txt"),
                Reply.fixture("rtsp/hikvision/describe-200.txt").thenClose()));

        ProbeResult result = probe("/Streaming/Channels/101", "admin", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.media().audioCodec()).isEqualTo("PCMU");
    }

    @Test
    void reconnectsWhenTheServerClosesAfterItsChallenge() {
        server = ScriptedRtspServer.start(challengeThenAnswer(
                Reply.fixture("rtsp/hanwha/describe-401.txt").thenClose(), Reply.fixture("rtsp/hanwha/describe-200.txt")));

        ProbeResult result = probe("/profile1/media.smp", "admin", PASSWORD);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(server.requests()).extracting(Request::connection).contains(2);
    }

    @Test
    void readsAnSdpSentWithoutLengthBeforeTheServerCloses() {
        server = ScriptedRtspServer.start(request -> request.method().equals("OPTIONS") ? OPTIONS_200
                : Reply.text("RTSP/1.0 200 OK\r\nCSeq: 2\r\nContent-Type: application/sdp\r\n\r\n"
                        + "v=0\r\nm=video 0 RTP/AVP 26\r\na=x-dimensions:640,480\r\n").thenClose());

        ProbeResult result = probe("/live.sdp", null, null);

        assertThat(result.media()).isEqualTo(new MediaFacts("MJPEG", 640, 480, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "RTSP/1.0 404 Not Found, NOT_FOUND, path not found (404)",
            "RTSP/1.0 453 Not Enough Bandwidth, BUSY, not enough bandwidth (453)",
            "RTSP/1.0 503 Service Unavailable, BUSY, service unavailable: too many clients or requests (503)",
            "RTSP/1.0 461 Unsupported Transport, UNSUPPORTED, unsupported transport (461)",
            "RTSP/1.0 551 Option not supported, UNSUPPORTED, option not supported (551)",
            "RTSP/1.0 299 Fine, PROTOCOL_ERROR, DESCRIBE answered 299 without an SDP",
            "HTTP/1.1 400 Bad Request, PROTOCOL_ERROR, not an RTSP server (answered HTTP/1.1)",
            "\u0016\u0003\u0001garbage, PROTOCOL_ERROR, not an RTSP reply (unexpected status line)",
    })
    void mapsTheDescribeReply(String statusLine, Outcome outcome, String reason) {
        server = ScriptedRtspServer.start(request -> request.method().equals("OPTIONS") ? OPTIONS_200
                : Reply.text(statusLine + "\r\nCSeq: 2\r\n\r\n"));

        ProbeResult result = probe("/x", null, null);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "rtsp://127.0.0.2/steal, a redirect (302) pointed to rtsp://127.0.0.2/steal (another host): not followed",
            "rtsp://127.0.0.1:8554/moved, the stream moved to rtsp://127.0.0.1:8554/moved (302); redirects are not "
                    + "followed: use that URL",
    })
    void namesWhereARedirectLeadsWithoutFollowingIt(String location, String reason) {
        server = ScriptedRtspServer.start(request -> request.method().equals("OPTIONS") ? OPTIONS_200
                : Reply.text("RTSP/1.0 302 Moved\r\nCSeq: 2\r\nLocation: " + location + "\r\n\r\n"));

        ProbeResult result = probe("/x", "admin", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(result.reason()).isEqualTo(reason);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void replaysTheCapturedGStreamerNotFound() {
        server = ScriptedRtspServer.start(request -> request.method().equals("OPTIONS")
                ? Reply.fixture("rtsp/gstreamer/options-200.txt") : Reply.fixture("rtsp/gstreamer/describe-404.txt"));

        ProbeResult result = probe("/nope", "admin", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(result.fingerprint()).isEqualTo(new ServerFingerprint("GStreamer RTSP server", null));
    }

    @Test
    void keepsTheServerHeaderOfANotFoundReply() {
        server = ScriptedRtspServer.start(request -> Reply.fixture("rtsp/avigilon/describe-404.txt"));

        ProbeResult result = probe("/defaultPrimary?streamType=u", "admin", PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(result.fingerprint().server()).isEqualTo("AvigilonOnvifNvt/4.12");
    }

    @Test
    void timesOutOnAServerThatNeverAnswers() {
        server = ScriptedRtspServer.start(request -> Reply.silence());

        ProbeResult result = probe.probe(new ProbeTarget(server.url("/main"), null, null, Duration.ofMillis(300)));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(result.reason()).isEqualTo("no complete answer within 300 ms");
    }

    @Test
    void timesOutOnAServerThatStallsInsideItsReply() {
        server = ScriptedRtspServer.start(request -> Reply.stallAfter("RTSP/1.0 200 OK\r\nCSeq: 1\r\n"));

        ProbeResult result = probe.probe(new ProbeTarget(server.url("/main"), null, null, Duration.ofMillis(300)));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
    }

    @Test
    void reportsATlsFailureOnRtsps() {
        server = ScriptedRtspServer.start(request -> Reply.silence(),
                "RTSP/1.0 200 OK\r\n\r\n".getBytes(StandardCharsets.UTF_8));

        ProbeResult result = probe.probe(new ProbeTarget(server.url("/main").replace("rtsp:", "rtsps:"), null, null,
                TIMEOUT));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.TLS_ERROR);
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        ProbeResult result = probe.probe(new ProbeTarget("rtsp://127.0.0.1:" + closedPort + "/main", "admin", PASSWORD,
                TIMEOUT));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.channel()).isEqualTo(ConnectionType.RTSP);
    }

    @Test
    void refusesOtherSchemes() {
        ProbeResult result = probe.probe(new ProbeTarget("http://127.0.0.1/main", null, null, TIMEOUT));

        assertThat(result.outcome()).isEqualTo(Outcome.UNSUPPORTED);
    }

    /** OPTIONS answered openly; DESCRIBE challenged until it carries credentials. */
    private static Function<Request, Reply> challengeThenAnswer(Reply challenge, Reply described) {
        return request -> request.method().equals("OPTIONS") ? OPTIONS_200
                : request.authorization().isPresent() ? described : challenge;
    }

    private ProbeResult probe(String path, String user, String password) {
        return probe.probe(new ProbeTarget(server.url(path), user, password, TIMEOUT));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
