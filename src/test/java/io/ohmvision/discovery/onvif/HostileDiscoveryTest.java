package io.ohmvision.discovery.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.testing.HostileInput;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * WS-Discovery answers from a hostile device: anything on the link may answer a probe, so what one answer (or one
 * address) can make the caller keep, and later connect to, is bounded. Time bounds are generous guards.
 */
class HostileDiscoveryTest {

    private static final String OUR_PROBE = "urn:uuid:44302cbf-0d18-4feb-79b3-33b575263da3";
    private static final Pattern MESSAGE_ID = Pattern.compile("<a:MessageID>([^<]+)<");

    @Test
    void oneDatagramSpeaksForAFewDevicesWithAFewAddressesEach() {
        byte[] datagram = probeMatches(OUR_PROBE, 0, 2000, 100).getBytes(StandardCharsets.UTF_8);

        List<ProbeMatch> matches = assertTimeoutPreemptively(HostileInput.BOUND, () -> ProbeMatchReader.read(datagram,
                InetAddress.getLoopbackAddress(), Set.of(OUR_PROBE)));

        assertThat(matches).hasSize(ProbeMatchReader.MAX_MATCHES)
                .allSatisfy(match -> assertThat(match.xaddrs()).hasSize(ProbeMatch.MAX_XADDRS));
    }

    @Test
    void aDeeplyNestedDatagramIsDropped() {
        byte[] datagram = ("<e>".repeat(20_000) + "</e>".repeat(20_000)).getBytes(StandardCharsets.UTF_8);

        assertThat(assertTimeoutPreemptively(HostileInput.BOUND, () -> ProbeMatchReader.read(datagram,
                InetAddress.getLoopbackAddress(), Set.of(OUR_PROBE)))).isEmpty();
    }

    @Test
    void oneAddressAnswersForAtMostAFewDevices() throws Exception {
        try (DatagramSocket device = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            Thread answering = new Thread(() -> answerEveryProbeWithManyDevices(device));
            answering.setDaemon(true);
            answering.start();

            List<ProbeMatch> found = new WsDiscovery(1, Duration.ZERO, Duration.ofMillis(800))
                    .discover(DiscoveryTargets.unicastTo((InetSocketAddress) device.getLocalSocketAddress()));

            assertThat(found).hasSize(WsDiscovery.MAX_DEVICES_PER_ADDRESS);
        }
    }

    /** 40 datagrams of 8 devices each for every probe received. */
    private static void answerEveryProbeWithManyDevices(DatagramSocket device) {
        byte[] buffer = new byte[65_535];
        try {
            while (!device.isClosed()) {
                DatagramPacket probe = new DatagramPacket(buffer, buffer.length);
                device.receive(probe);
                Matcher id = MESSAGE_ID.matcher(new String(probe.getData(), 0, probe.getLength(),
                        StandardCharsets.UTF_8));
                if (id.find()) {
                    for (int batch = 0; batch < 40; batch++) {
                        byte[] answer = probeMatches(id.group(1), batch * 8, 8, 1).getBytes(StandardCharsets.UTF_8);
                        device.send(new DatagramPacket(answer, answer.length, probe.getSocketAddress()));
                    }
                }
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private static String probeMatches(String relatesTo, int firstDevice, int devices, int xaddrsEach) {
        return "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:a=\"" + WsDiscovery.ADDRESSING
                + "\" xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\"><s:Header><a:RelatesTo>"
                + relatesTo + "</a:RelatesTo></s:Header><s:Body><d:ProbeMatches>"
                + IntStream.range(firstDevice, firstDevice + devices).mapToObj(n -> "<d:ProbeMatch>"
                        + "<a:EndpointReference><a:Address>urn:uuid:device-" + n + "</a:Address></a:EndpointReference>"
                        + "<d:XAddrs>" + IntStream.range(0, xaddrsEach).mapToObj(x -> "http://127.0.0.1:" + (1000 + x)
                        + "/onvif/device_service").collect(Collectors.joining(" ")) + "</d:XAddrs></d:ProbeMatch>")
                .collect(Collectors.joining()) + "</d:ProbeMatches></s:Body></s:Envelope>";
    }
}
