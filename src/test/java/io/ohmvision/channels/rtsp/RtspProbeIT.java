package io.ohmvision.channels.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.ScriptedRtspServer;
import io.ohmvision.testing.ScriptedRtspServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe against GStreamer's RTSP server with Digest auth, and against raw sockets that misbehave. */
class RtspProbeIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "pa:ss@w0rd%";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static RtspTestPeer peer;
    private final RtspProbe probe = new RtspProbe();

    @BeforeAll
    static void startPeer() {
        peer = RtspTestPeer.start(USER, PASSWORD, 2);
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/main, 640, 360, 25.0", "/sub, 320, 180, 10.0", "/ch2, 320, 180, 5.0"})
    void describesTheStream(String path, int width, int height, double fps) {
        ProbeResult result = probe(path, USER, PASSWORD);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media()).isEqualTo(new MediaFacts("H.264", width, height, fps, null));
        assertThat(result.fingerprint().server()).isEqualTo("GStreamer RTSP server");
        assertThat(result.fingerprint().realm()).isEqualTo("GStreamer RTSP Server");
    }

    @Test
    void describesBackToBackWithoutBusyReplies() {
        for (int i = 0; i < 20; i++) {
            ProbeResult result = probe("/main", USER, PASSWORD);
            assertThat(result.outcome()).as("probe %d: %s", i, result.reason()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void reportsAWrongPassword() {
        ProbeResult result = probe("/main", USER, "wrong");

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("wrong user name or password (401 after Digest)");
    }

    @Test
    void reportsAWrongPath() {
        ProbeResult result = probe("/nope", USER, PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void reportsAStoppedServerAsRefused() {
        RtspTestPeer stopped = RtspTestPeer.start(USER, PASSWORD, 0);
        stopped.close();

        ProbeResult result = probe.probe(new ProbeTarget(stopped.url("/main"), USER, PASSWORD, TIMEOUT));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void reportsGarbageAsAProtocolError() throws IOException {
        try (ScriptedRtspServer garbage = ScriptedRtspServer.start(request -> Reply.text("\u0000\u00ff\u0013garbage\r\n"))) {
            ProbeResult result = probe.probe(new ProbeTarget(garbage.url("/main"), USER, PASSWORD, TIMEOUT));

            assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        }
    }

    @Test
    void givesUpOnAListenerThatNeverAnswersAtItsDeadline() throws IOException {
        // the kernel completes the TCP handshake from the backlog; nobody ever reads or writes
        try (ServerSocket mute = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Duration deadline = Duration.ofMillis(500);

            ProbeResult result = probe.probe(new ProbeTarget("rtsp://127.0.0.1:" + mute.getLocalPort() + "/main", USER,
                    PASSWORD, deadline));

            assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
            // generous bound: only proves the probe stops near its deadline instead of hanging on a socket default
            assertThat(result.latencyMillis()).isLessThan(deadline.toMillis() + 2_500);
        }
    }

    private ProbeResult probe(String path, String user, String password) {
        return probe.probe(new ProbeTarget(peer.url(path), user, password, TIMEOUT));
    }
}
