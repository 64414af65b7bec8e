package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.Verdict;
import io.ohmvision.testing.Fixtures;
import io.ohmvision.testing.ScriptedRtspServer;
import io.ohmvision.testing.ScriptedRtspServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The probe against scripted HTTP peers that misbehave in ways the simulator does not. */
class OnvifProbeTest {

    /** Generous: the first probe in a cold JVM loads HttpClient, which takes a while on a busy machine. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHORT = Duration.ofMillis(600);
    private final OnvifProbe probe = new OnvifProbe();

    @Test
    void givesUpOnASilentDeviceAtTheDeadline() throws Exception {
        try (ScriptedRtspServer device = ScriptedRtspServer.start(request -> Reply.silence())) {
            ProbeResult result = probe(device, SHORT);

            assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
            // the socket's timer and the probe's clock are read apart: a millisecond or so early is still the deadline
            assertThat(result.latencyMillis()).isBetween(SHORT.toMillis() - 20, SHORT.toMillis() + 1500);
        }
    }

    @Test
    void givesUpOnADeviceThatStopsMidReply() throws Exception {
        try (ScriptedRtspServer device = ScriptedRtspServer.start(request ->
                Reply.stallAfter("HTTP/1.1 200 OK\r\nContent-Length: 900\r\n\r\n<s:Envelope"))) {
            ProbeResult result = probe(device, SHORT);

            assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.latencyMillis()).isLessThan(SHORT.toMillis() + 1500);
        }
    }

    @Test
    void cutsAReplyLargerThanAMegabyteWithoutWaitingForTheRest() throws Exception {
        byte[] head = "HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\nContent-Length: 104857600\r\n\r\n<x>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] start = Arrays.copyOf(head, head.length + 2 * 1024 * 1024);
        Arrays.fill(start, head.length, start.length, (byte) 'x');
        try (ScriptedRtspServer device = ScriptedRtspServer.start(request -> new Reply(start, false, true))) {
            ProbeResult result = probe(device);

            assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
            assertThat(result.reason()).isEqualTo("reply larger than 1048576 bytes");
            assertThat(result.latencyMillis()).isLessThan(TIMEOUT.toMillis());
        }
    }

    @Test
    void reportsAnHtmlPageAsProtocolError() throws Exception {
        try (ScriptedRtspServer device = ScriptedRtspServer.start(request ->
                http(200, "text/html", "<html><body>Welcome".getBytes(StandardCharsets.UTF_8)))) {
            ProbeResult result = probe(device);

            assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
            assertThat(result.reason()).isEqualTo("reply is not well-formed XML");
        }
    }

    @Test
    void refusesADoctypeInAReply() throws Exception {
        byte[] xxe = ("<!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><s:Envelope xmlns:s=\""
                + "http://www.w3.org/2003/05/soap-envelope\"><s:Body><x>&x;</x></s:Body></s:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
        try (ScriptedRtspServer device = ScriptedRtspServer.start(request -> http(200, "application/soap+xml", xxe))) {
            ProbeResult result = probe(device);

            assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
            assertThat(result.reason()).isEqualTo("reply carries a DOCTYPE (refused)");
        }
    }

    @Test
    void reportsAMissingDeviceServiceAsNotFound() throws Exception {
        try (ScriptedRtspServer device = ScriptedRtspServer.start(request -> http(404, "text/html", new byte[0]))) {
            ProbeResult result = probe(device);

            assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
            assertThat(result.reason()).isEqualTo("no ONVIF device service at this URL (HTTP 404)");
        }
    }

    @Test
    void keepsGoingWhenTheClockCannotBeReadButReportsTheCredentials() throws Exception {
        try (ScriptedRtspServer device = ScriptedRtspServer.start(request ->
                http(400, "application/soap+xml", Fixtures.bytes("onvif/fault-not-authorized.xml")))) {
            ProbeResult result = probe(device);

            assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
            assertThat(result.reason())
                    .isEqualTo("wrong user name or password (env:Sender ter:NotAuthorized on GetDeviceInformation)");
            assertThat(device.requests()).hasSize(2).allSatisfy(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.header("Content-Type")).contains("application/soap+xml; charset=utf-8");
            });
        }
    }

    @Test
    void saysCredentialsAreRequiredWhenNoneWereGiven() {
        Verdict verdict = OnvifProbe.refusal(new OnvifCallException("GetDeviceInformation", FaultKind.NOT_AUTHORIZED,
                "HTTP 401, credentials required", 401), DeviceClock.UNKNOWN, false);

        assertThat(verdict).isEqualTo(new Verdict(Outcome.AUTH_FAILED,
                "credentials required (HTTP 401, credentials required on GetDeviceInformation)"));
    }

    @Test
    void reportsAnUnsupportedOperationAsUnsupported() {
        Verdict verdict = OnvifProbe.refusal(new OnvifCallException("GetProfiles", FaultKind.NOT_SUPPORTED,
                "env:Receiver ter:ActionNotSupported", 500), DeviceClock.measured(Duration.ZERO), true);

        assertThat(verdict).isEqualTo(new Verdict(Outcome.UNSUPPORTED,
                "GetProfiles not supported by the device (env:Receiver ter:ActionNotSupported)"));
    }

    @Test
    void refusesOtherSchemes() {
        ProbeResult result = probe.probe(new ProbeTarget("rtsp://127.0.0.1/onvif", null, null, TIMEOUT));

        assertThat(result.outcome()).isEqualTo(Outcome.UNSUPPORTED);
    }

    private ProbeResult probe(ScriptedRtspServer device) {
        return probe(device, TIMEOUT);
    }

    private ProbeResult probe(ScriptedRtspServer device, Duration timeout) {
        return probe.probe(new ProbeTarget(device.url("/onvif/device_service").replace("rtsp:", "http:"), "admin",
                "secret", timeout));
    }

    /** The scripted server does not read request bodies, so every reply closes its connection. */
    private static Reply http(int status, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return new Reply(all, true, false);
    }
}
