package io.ohmvision.channels.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.RtspTestPeer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deep probe decoding GStreamer's RTSP server (Digest auth): moving, still, wrong password, wrong path. */
class DeepProbeIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "pa:ss@w0rd%";
    private static final Duration TIMEOUT = Duration.ofSeconds(8);

    private static RtspTestPeer peer;
    private final DeepProbe probe = new DeepProbe();

    @BeforeAll
    static void startPeer() {
        peer = RtspTestPeer.start(USER, PASSWORD, 0);
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @Test
    void decodesAMovingStream() throws IOException {
        DeepProbeResult result = probe.probe(target("/main", PASSWORD));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.OK);
        assertThat(result.probe().channel()).isEqualTo(ConnectionType.RTSP);
        assertThat(result.probe().media()).isEqualTo(new MediaFacts("H.264", 640, 360, 25.0, null));
        assertThat(result.measuredFps()).isCloseTo(25.0, within(4.0));
        assertThat(result.frozen()).isFalse();
        assertThat(result.timeToFirstFrameMillis()).isPositive();
        BufferedImage snapshot = ImageIO.read(new ByteArrayInputStream(result.snapshotJpeg()));
        assertThat(snapshot.getWidth()).isEqualTo(640);
        assertThat(snapshot.getHeight()).isEqualTo(360);
        assertThat(result.probe().maskedUrl()).doesNotContain(PASSWORD).contains("***");
        assertThat(result.probe().reason()).doesNotContain(PASSWORD);
        System.out.printf("deep probe /main: %s, %d ms in all%n", result.probe().reason(), result.probe().latencyMillis());
    }

    @Test
    void seesAStillPictureAsFrozen() {
        DeepProbeResult result = probe.probe(target("/still", PASSWORD));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.OK);
        assertThat(result.frozen()).as(result.probe().reason()).isTrue();
        assertThat(result.measuredFps()).as("frozen is not stalled: frames keep coming").isGreaterThan(15.0);
    }

    @Test
    void snapshotsTheSubStream() throws IOException {
        long start = System.nanoTime();
        byte[] jpeg = probe.snapshot(target("/sub", PASSWORD)).orElseThrow();

        BufferedImage snapshot = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(snapshot.getWidth()).isEqualTo(320);
        System.out.printf("snapshot /sub: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void reportsAWrongPassword() {
        DeepProbeResult result = probe.probe(target("/main", "wrong"));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.snapshot()).isEmpty();
    }

    @Test
    void reportsAWrongPath() {
        DeepProbeResult result = probe.probe(target("/nope", PASSWORD));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void givesUpOnAListenerThatNeverAnswersAtItsDeadline() throws IOException {
        try (ServerSocket mute = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Duration deadline = Duration.ofMillis(1500);

            DeepProbeResult result = probe.probe(new ProbeTarget("rtsp://127.0.0.1:" + mute.getLocalPort() + "/main",
                    USER, PASSWORD, deadline));

            assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.probe().latencyMillis()).isLessThan(deadline.toMillis() + 1_000);
        }
    }

    private static ProbeTarget target(String path, String password) {
        return new ProbeTarget(peer.url(path), USER, password, TIMEOUT);
    }
}
