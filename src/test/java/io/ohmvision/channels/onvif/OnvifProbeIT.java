package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.rtsp.RtspProbe;
import io.ohmvision.testing.OnvifSimulator;
import io.ohmvision.testing.RtspTestPeer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ONVIF client and probe against the simulator (src/test/peers/onvif-sim.py) on loopback, whose profiles point
 * at a real RTSP server, so the stream URI the device hands out is played back through the RTSP probe.
 */
class OnvifProbeIT {

    private static final String USER = "admin";
    private static final String PASSWORD = "pa:ss w0rd&<";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String SNAPSHOT = "http://127.0.0.1:1/snapshot.jpg";

    private static RtspTestPeer rtsp;
    private final OnvifProbe probe = new OnvifProbe();

    @BeforeAll
    static void startRtsp() {
        rtsp = RtspTestPeer.start(USER, PASSWORD, 0);
    }

    @AfterAll
    static void stopRtsp() {
        rtsp.close();
    }

    @Test
    void runsTheWholeSequenceAndHandsOutAPlayableStream() throws Exception {
        try (OnvifSimulator device = simulator()) {
            OnvifDevice found;
            try (OnvifClient client = new OnvifClient(URI.create(device.deviceServiceUrl()), USER, PASSWORD, TIMEOUT)) {
                found = client.inspect();
            }

            assertThat(found.information()).isEqualTo(
                    new DeviceInformation("Hikvision", "DS-2CD2143G2-I", "V5.7.3", "SIM-42", "88"));
            assertThat(found.clock().skewed()).isFalse();
            assertThat(found.profiles()).extracting(MediaProfile::token, MediaProfile::streamUri)
                    .containsExactly(tuple("sub", rtsp.url("/sub")),
                            tuple("main", rtsp.url("/main")));
            assertThat(found.mainProfile().map(MediaProfile::token)).contains("main");
            assertThat(found.profiles()).allSatisfy(p -> assertThat(p.snapshotUri()).isEqualTo(SNAPSHOT));

            ProbeResult stream = new RtspProbe().probe(new ProbeTarget(found.mainProfile().orElseThrow().streamUri(),
                    USER, PASSWORD, TIMEOUT));
            assertThat(stream.outcome()).as(stream.reason()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void reportsTheMainProfileAsMediaFacts() {
        try (OnvifSimulator device = simulator()) {
            ProbeResult result = probe.probe(new ProbeTarget(device.deviceServiceUrl(), USER, PASSWORD, TIMEOUT));

            assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
            assertThat(result.media()).isEqualTo(new MediaFacts("H.264", 640, 360, 25.0, null));
            assertThat(result.reason()).isEqualTo("2 profile(s); main: H.264 640x360 25 fps");
            assertThat(result.fingerprint().server()).startsWith("ONVIF-Simulator/1.0");
            assertThat(result.maskedUrl()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void findsTheDeviceServiceFromHostAndPortAlone() {
        try (OnvifSimulator device = simulator()) {
            String base = "http://127.0.0.1:" + device.httpPort();

            assertThat(probe.probe(new ProbeTarget(base, USER, PASSWORD, TIMEOUT)).outcome()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void reportsAWrongPassword() {
        try (OnvifSimulator device = simulator()) {
            ProbeResult result = probe.probe(new ProbeTarget(device.deviceServiceUrl(), USER, "wrong", TIMEOUT));

            assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
            assertThat(result.reason())
                    .isEqualTo("wrong user name or password (env:Sender ter:NotAuthorized on GetDeviceInformation)");
        }
    }

    @Test
    void correctsAndReportsADeviceClockOneHourAhead() {
        try (OnvifSimulator device = simulator("--clock-offset", "3600")) {
            ProbeResult result = probe.probe(new ProbeTarget(device.deviceServiceUrl(), USER, PASSWORD, TIMEOUT));

            assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
            assertThat(result.reason()).matches(".*; device clock 3(599|600|601) s ahead \\(it rejected tokens dated on "
                    + "our clock; corrected by the offset\\)");
        }
    }

    @Test
    void reportsWrongCredentialsOnASkewedDeviceAsAuthFailureWithTheSkew() {
        try (OnvifSimulator device = simulator("--clock-offset", "-3600")) {
            ProbeResult result = probe.probe(new ProbeTarget(device.deviceServiceUrl(), USER, "wrong", TIMEOUT));

            assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
            assertThat(result.reason()).contains("NotAuthorized").containsPattern("device clock 3(599|600|601) s behind");
        }
    }

    @Test
    void reportsAMissingSnapshotAsUnsupportedNotAsAuthFailure() throws Exception {
        try (OnvifSimulator device = simulator("--no-snapshot")) {
            ProbeResult result = probe.probe(new ProbeTarget(device.deviceServiceUrl(), USER, PASSWORD, TIMEOUT));
            assertThat(result.outcome()).isEqualTo(Outcome.OK);
            assertThat(result.reason()).endsWith("; no snapshot URI (GetSnapshotUri not supported)");

            try (OnvifClient client = new OnvifClient(URI.create(device.deviceServiceUrl()), USER, PASSWORD, TIMEOUT)) {
                String media = client.mediaAddress();
                assertThat(catchThrowableOfType(
                        () -> client.snapshotUri(media, "main"), OnvifCallException.class))
                        .satisfies(refused -> assertThat(refused.kind()).isEqualTo(FaultKind.NOT_SUPPORTED));
            }
        }
    }

    @Test
    void fallsBackToHttpDigestWhenTheDeviceAsksForIt() {
        try (OnvifSimulator device = simulator("--http-digest")) {
            ProbeResult right = probe.probe(new ProbeTarget(device.deviceServiceUrl(), USER, PASSWORD, TIMEOUT));
            ProbeResult wrong = probe.probe(new ProbeTarget(device.deviceServiceUrl(), USER, "wrong", TIMEOUT));

            assertThat(right.outcome()).as(right.reason()).isEqualTo(Outcome.OK);
            assertThat(right.fingerprint().realm()).isEqualTo("ONVIF Simulator");
            assertThat(wrong.outcome()).isEqualTo(Outcome.AUTH_FAILED);
            assertThat(wrong.reason()).isEqualTo("wrong user name or password (HTTP 401 after Digest on "
                    + "GetDeviceInformation)");
        }
    }

    @Test
    void replacesTheZeroAddressOfTheMediaService() {
        try (OnvifSimulator device = simulator("--announce-zero")) {
            ProbeResult result = probe.probe(new ProbeTarget(device.deviceServiceUrl(), USER, PASSWORD, TIMEOUT));

            assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void reportsAStoppedDeviceAsRefused() {
        OnvifSimulator stopped = simulator();
        String url = stopped.deviceServiceUrl();
        stopped.close();

        assertThat(probe.probe(new ProbeTarget(url, USER, PASSWORD, TIMEOUT)).outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void reportsAWrongPathAsNotFound() {
        try (OnvifSimulator device = simulator()) {
            ProbeResult result = probe.probe(new ProbeTarget("http://127.0.0.1:" + device.httpPort() + "/nope",
                    USER, PASSWORD, TIMEOUT));

            assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
        }
    }

    private static OnvifSimulator simulator(String... options) {
        List<String> arguments = new ArrayList<>(List.of("--manufacturer", "Hikvision",
                "--model", "DS-2CD2143G2-I", "--firmware", "V5.7.3", "--serial", "SIM-42", "--hardware-id", "88",
                "--discovery-address", "off", "--snapshot-uri", SNAPSHOT,
                "--profile", "sub,subStream,H264,320,180,10," + rtsp.url("/sub"),
                "--profile", "main,mainStream,H264,640,360,25," + rtsp.url("/main")));
        arguments.addAll(List.of(options));
        return OnvifSimulator.onLoopback(USER, PASSWORD, arguments.toArray(String[]::new));
    }
}
