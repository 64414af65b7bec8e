package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.entity.ServiceReply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The greeting read off a device that keeps its RTSP connection open and sends its reply in pieces. */
class ServiceGreetingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Test
    void stopsAtTheEndOfTheHeadersWhenItArrivesSplitAcrossReads() throws Exception {
        try (ServerSocket device = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = serve(device, "RTSP/1.0 200 OK\r\nServer: Dahua Rtsp Server\r\n\r", "\n");
            long start = System.nanoTime();

            Optional<ServiceReply> reply = ServiceGreeting.ask("127.0.0.1", device.getLocalPort(),
                    ServiceGreeting.Protocol.RTSP, TIMEOUT);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
            assertThat(reply).hasValueSatisfying(r -> assertThat(r.header("Server")).containsExactly(
                    "Dahua Rtsp Server"));
            peer.interrupt();
        }
    }

    @Test
    void readsAtMost16KilobytesOfAnEndlessTrickle() throws Exception {
        try (ServerSocket device = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] pieces = new String[20_000];
            pieces[0] = "RTSP/1.0 200 OK\r\nServer: x";
            Arrays.fill(pieces, 1, pieces.length, "y");
            Thread peer = serve(device, pieces);

            Optional<ServiceReply> reply = ServiceGreeting.ask("127.0.0.1", device.getLocalPort(),
                    ServiceGreeting.Protocol.RTSP, TIMEOUT);

            assertThat(reply).hasValueSatisfying(r -> assertThat(r.header("Server").get(0)).hasSizeLessThan(16_384));
            peer.interrupt();
        }
    }

    /** Accepts one connection, writes each piece with a flush and a short pause, then keeps it open. */
    private static Thread serve(ServerSocket device, String... pieces) {
        Thread peer = new Thread(() -> {
            try (Socket connection = device.accept()) {
                OutputStream out = connection.getOutputStream();
                for (String piece : pieces) {
                    out.write(piece.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    if (pieces.length < 10) {
                        Thread.sleep(50);
                    }
                }
                Thread.sleep(TIMEOUT.toMillis() * 2);
            } catch (IOException | InterruptedException done) {
                // the test is over
            }
        });
        peer.setDaemon(true);
        peer.start();
        return peer;
    }
}
