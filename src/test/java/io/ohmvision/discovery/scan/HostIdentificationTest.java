package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.control.AliasMatcher;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.FingerprintMatcher;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.control.OuiRegistry;
import io.ohmvision.catalog.entity.Evidence;
import io.ohmvision.catalog.entity.Recognition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identification on loopback: a pretend Dahua answering RTSP OPTIONS on an "rtsp" port and a pretend Hikvision web
 * server, with the replies these makers send (their Server headers are in the catalogue's fingerprints).
 */
class HostIdentificationTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();
    private static ExecutorService executor;

    @BeforeAll
    static void start() {
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @Test
    void recognisesMakersFromTheirMacBlockAndTheirServiceReplies() throws Exception {
        try (ServerSocket rtsp = answering("127.0.0.5", "RTSP/1.0 200 OK\r\nCSeq: 1\r\nServer: Dahua Rtsp Server\r\n"
                + "Public: OPTIONS, DESCRIBE\r\n\r\n");
             ServerSocket http = answering("127.0.0.6", "HTTP/1.0 200 OK\r\nServer: App-webs/\r\n\r\n<html></html>")) {
            ScanPorts ports = new ScanPorts(Map.of(rtsp.getLocalPort(), Set.of("rtsp"), http.getLocalPort(), Set.of("http")));
            List<HostReply> replies = List.of(new HostReply("127.0.0.5", List.of(rtsp.getLocalPort()), 0),
                    new HostReply("127.0.0.6", List.of(http.getLocalPort()), 3),
                    new HostReply("127.0.0.7", List.of(), 2));

            List<ScannedHost> hosts = identification(ports).identify(replies,
                    Map.of("127.0.0.7", "44:19:b6:00:00:07"));

            assertThat(hosts).extracting(ScannedHost::address).containsExactly("127.0.0.5", "127.0.0.6", "127.0.0.7");
            assertThat(hosts.get(0).vendors()).extracting(Recognition::manufacturerId).first().isEqualTo("dahua");
            assertThat(hosts.get(0).vendors().get(0).evidence()).extracting(Evidence::observed)
                    .contains("Dahua Rtsp Server");
            assertThat(hosts.get(0).mac()).isNull();
            assertThat(hosts.get(1).vendors()).extracting(Recognition::manufacturerId).first().isEqualTo("hikvision");
            assertThat(hosts.get(1).closedPorts()).isEqualTo(3);
            assertThat(hosts.get(2).mac()).isEqualTo("44:19:b6:00:00:07");
            assertThat(hosts.get(2).organisation()).isNotBlank();
            assertThat(hosts.get(2).vendors()).extracting(Recognition::manufacturerId).containsExactly("hikvision");
        }
    }

    @Test
    void aSilentServiceCostsNoMoreThanTheBudget() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.8"))) {
            HostIdentification identification = identification(
                    new ScanPorts(Map.of(silent.getLocalPort(), Set.of("http"))));
            long start = System.nanoTime();

            List<ScannedHost> hosts = identification.identify(
                    List.of(new HostReply("127.0.0.8", List.of(silent.getLocalPort()), 0)), Map.of());

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1200));
            assertThat(hosts).singleElement().satisfies(h -> assertThat(h.vendors()).isEmpty());
        }
    }

    private static HostIdentification identification(ScanPorts ports) {
        MacVendorLookup macs = new MacVendorLookup(
                OuiRegistry.loadBundled(HostIdentificationTest.class.getClassLoader()), new AliasMatcher(CATALOG));
        return new HostIdentification(macs, new FingerprintMatcher(CATALOG), ports, executor, Duration.ofMillis(800));
    }

    /** A listener that reads one request and answers with the captured reply, on a thread of its own. */
    private static ServerSocket answering(String address, String reply) throws IOException {
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getByName(address));
        executor.submit(() -> {
            while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                    InputStream in = client.getInputStream();
                    in.read(new byte[4096]);
                    OutputStream out = client.getOutputStream();
                    out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return server;
    }
}
