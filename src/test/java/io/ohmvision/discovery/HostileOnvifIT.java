package io.ohmvision.discovery;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.OnvifSimulator;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.ScriptedRtspServer;
import io.ohmvision.testing.ScriptedRtspServer.Reply;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hostile ONVIF device (the simulator's hostile options) against the real server: auto-detection, ONVIF discovery by
 * unicast and a recorder added by its ONVIF URL. The device points at another host (a listener on 127.0.0.2, which
 * must never be connected to), redirects every request there, or answers too deep or too large; every answer says
 * what was not followed, and nothing from the other host is tried or stored.
 */
class HostileOnvifIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "Hostile:sim#1";
    private static final Reply OPTIONS_200 = Reply.text("RTSP/1.0 200 OK\r\nCSeq: 1\r\nPublic: OPTIONS, DESCRIBE\r\n\r\n");

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    private OtherHost elsewhere;

    @BeforeEach
    void listenOnAnotherHost() {
        elsewhere = new OtherHost();
    }

    @AfterEach
    void nothingReachedTheOtherHost() {
        elsewhere.close();
        assertThat(elsewhere.connections()).as("connections to the other host").isZero();
    }

    @Test
    void autoDetectReportsStreamAndSnapshotUrisOnAnotherHostAndTriesNone() {
        try (OnvifSimulator device = OnvifSimulator.onLoopback(USER, PASSWORD, "--discovery-address", "off",
                "--profile", "main,mainStream,H264,1920,1080,25," + elsewhere.url("rtsp", "/main"),
                "--profile", "sub,subStream,H264,640,360,10," + elsewhere.url("rtsp", "/sub"),
                "--snapshot-uri", elsewhere.url("http", "/snapshot.jpg"))) {
            JsonPath report = autoDetect(device);

            assertThat(report.getString("onvif.outcome")).isEqualTo("OK");
            assertThat(report.getList("onvif.notFollowed", String.class)).contains(
                    "GetStreamUri (profile main) pointed to " + elsewhere.url("rtsp", "/main")
                            + " (another host): not followed",
                    "GetSnapshotUri (profile sub) pointed to " + elsewhere.url("http", "/snapshot.jpg")
                            + " (another host): not followed").hasSize(4);
            assertThat(report.getList("candidates.maskedUrl", String.class)).noneMatch(url -> url.contains("127.0.0.2"));
            assertThat(String.valueOf(report.getString("main.url"))).doesNotContain("127.0.0.2");
        }
    }

    @Test
    void onvifDiscoveryAsksNoXAddrOnAnotherHost() {
        String service = elsewhere.url("http", "/onvif/device_service");
        try (OnvifSimulator device = OnvifSimulator.onLoopback(USER, PASSWORD, "--xaddr", service)) {
            JsonPath found = SERVER.adminApi().discovery().discoverOnvif(json("addresses",
                            List.of("127.0.0.1:" + device.discoveryPort()), "windowMs", 1000, "username", USER,
                            "password", PASSWORD))
                    .then().statusCode(200).extract().jsonPath();

            String line = "XAddrs pointed to " + service + " (another host): not followed";
            String mine = "find { it.endpoint == '" + device.endpoint() + "' }";
            assertThat(found.getList(mine + ".xaddrs", String.class)).containsExactly(service);
            assertThat(found.getString(mine + ".outcome")).isNull();
            assertThat(found.getString(mine + ".reason")).isEqualTo(
                    "not asked: no XAddr on the address the answer came from; " + line);
            assertThat(found.getList(mine + ".notFollowed", String.class)).containsExactly(line);
        }
    }

    @Test
    void aRecorderKeepsOnlyTheChannelsOnItsOwnHostAndSaysWhichItLeftOut() throws IOException {
        try (ScriptedRtspServer channel = ScriptedRtspServer.start(request -> request.method().equals("OPTIONS")
                ? OPTIONS_200 : Reply.fixture("rtsp/gstreamer/describe-main-200.txt"));
             OnvifSimulator recorder = OnvifSimulator.onLoopback(USER, PASSWORD, "--discovery-address", "off",
                     "--profile", "ch1,Channel1,H264,640,360,25," + channel.url("/ch1"),
                     "--profile", "ch2,Channel2,H264,640,360,25," + elsewhere.url("rtsp", "/ch2"),
                     "--profile-source", "ch1=VideoSource_1", "--profile-source", "ch2=VideoSource_2")) {
            JsonPath added = SERVER.adminApi().recorders().create(json("name", "Hostile NVR", "ipAddress", "127.0.0.1",
                            "onvifUrl", recorder.deviceServiceUrl(), "username", USER, "password", PASSWORD))
                    .then().statusCode(201).extract().jsonPath();

            assertThat(added.getList("channels.primaryStreamUrl")).containsExactly(channel.url("/ch1"));
            assertThat(added.getList("notFollowed", String.class)).containsExactly("GetStreamUri (profile ch2) "
                    + "pointed to " + elsewhere.url("rtsp", "/ch2") + " (another host): not followed");
            SERVER.adminApi().recorders().delete(added.getLong("id")).then().statusCode(204);
        }
    }

    @Test
    void aRecorderWhoseProfilesAllPointElsewhereIsNotStored() {
        try (OnvifSimulator recorder = OnvifSimulator.onLoopback(USER, PASSWORD, "--discovery-address", "off",
                "--profile", "ch1,Channel1,H264,640,360,25," + elsewhere.url("rtsp", "/ch1"))) {
            String detail = SERVER.adminApi().recorders().create(json("name", "Elsewhere NVR", "ipAddress", "127.0.0.1",
                            "onvifUrl", recorder.deviceServiceUrl(), "username", USER, "password", PASSWORD))
                    .then().statusCode(502).contentType("application/problem+json").extract()
                    .jsonPath().getString("detail");

            assertThat(detail).isEqualTo("The recorder's ONVIF profiles give no stream URI on its own host; "
                    + "GetStreamUri (profile ch1) pointed to " + elsewhere.url("rtsp", "/ch1")
                    + " (another host): not followed");
            assertThat(SERVER.adminApi().recorders().list().then().statusCode(200).extract().jsonPath()
                    .getList("name", String.class)).doesNotContain("Elsewhere NVR");
        }
    }

    @Test
    void aDeviceThatRedirectsEveryRequestElsewhereIsNotTakenForOnvif() {
        try (OnvifSimulator device = OnvifSimulator.onLoopback(USER, PASSWORD, "--discovery-address", "off",
                "--redirect-to", elsewhere.url("http", "/onvif/device_service"))) {
            JsonPath report = autoDetect(device);

            assertThat(report.getString("onvif.outcome")).isNull();
            assertThat(report.getString("onvif.reason")).startsWith("no ONVIF device service on port(s)");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--deep-reply, 5000, reply nested deeper than 64 elements (refused)",
            "--huge-reply, 3000000, reply larger than 1048576 bytes",
    })
    void aReplyTooDeepOrTooLargeIsRefused(String option, String size, String reason) {
        try (OnvifSimulator device = OnvifSimulator.onLoopback(USER, PASSWORD, "--discovery-address", "off",
                option, size)) {
            JsonPath report = autoDetect(device);

            assertThat(report.getString("onvif.outcome")).isEqualTo("PROTOCOL_ERROR");
            assertThat(report.getString("onvif.reason")).isEqualTo(reason);
        }
    }

    private static JsonPath autoDetect(OnvifSimulator device) {
        return SERVER.adminApi().discovery().autoDetect(json("ip", "127.0.0.1", "port",
                        device.httpPort(), "username", USER, "password", PASSWORD))
                .then().statusCode(200).extract().jsonPath();
    }

    /** A listener on 127.0.0.2 that counts the connections it gets: the host a hostile device points at. */
    private static final class OtherHost implements AutoCloseable {

        private final ServerSocket listener;
        private final AtomicInteger connections = new AtomicInteger();

        OtherHost() {
            try {
                listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.2"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket ignored = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "other-host");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url(String scheme, String path) {
            return scheme + "://127.0.0.2:" + listener.getLocalPort() + path;
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() {
            try {
                listener.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
