package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.PayaraMicro;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scanner against listeners on loopback addresses other than 127.0.0.1 (Linux routes all of 127/8 to lo): open
 * ports accept, closed ports reset, and a "silent" port is a listener whose accept queue is full, so the kernel
 * drops further SYNs as a firewall would.
 */
class ConnectScannerTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @Test
    void findsOpenPortsCountsRefusalsAndWaitsForSilenceOnlyUpToTheTimeout() throws Exception {
        int openOnTwo = listen("127.0.0.2", 0).getLocalPort();
        int openOnThree = listen("127.0.0.3", 0).getLocalPort();
        int silentOnThree = silentListener("127.0.0.3");
        int closed = PayaraMicro.freePort();
        List<Integer> ports = List.of(openOnTwo, openOnThree, silentOnThree, closed);
        ScanRun run = ScanRun.unobserved();

        long start = System.nanoTime();
        List<HostReply> replies = new ConnectScanner(new ScanSettings(64, TIMEOUT, 10_000))
                .scan(List.of(Cidr.parse("127.0.0.2/31")), ports, run);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(replies).containsExactly(new HostReply("127.0.0.2", List.of(openOnTwo), 3),
                new HostReply("127.0.0.3", List.of(openOnThree), 2));
        assertThat(run.progress()).isEqualTo(new ScanProgress(8, 8, 2, 2, 2, 2));
        assertThat(took).isBetween(TIMEOUT, Duration.ofSeconds(2));
    }

    @Test
    void aHostThatOnlyRefusesIsAliveWithoutOpenPorts() throws Exception {
        List<HostReply> replies = new ConnectScanner(ScanSettings.DEFAULT)
                .scan(List.of(Cidr.parse("127.0.0.9")), List.of(PayaraMicro.freePort()), ScanRun.unobserved());

        assertThat(replies).containsExactly(new HostReply("127.0.0.9", List.of(), 1));
    }

    @Test
    void cancellingStopsTheScanAndKeepsWhatWasFound() throws Exception {
        int open = listen("127.1.0.1", 0).getLocalPort();
        AtomicReference<ScanRun> running = new AtomicReference<>();
        ScanRun run = new ScanRun(progress -> {
            if (progress.connectsDone() >= 100) {
                running.get().cancel();
            }
        }, Duration.ZERO, System::nanoTime);
        running.set(run);

        List<HostReply> replies = new ConnectScanner(new ScanSettings(1, TIMEOUT, 10_000))
                .scan(List.of(Cidr.parse("127.1.0.0/20")), List.of(open, PayaraMicro.freePort()), run);

        assertThat(run.progress().connectsDone()).isBetween(100L, 200L);
        assertThat(run.progress().connectsTotal()).isEqualTo(4094 * 2);
        assertThat(replies).first().isEqualTo(new HostReply("127.1.0.1", List.of(open), 1));
    }

    @Test
    void boundedConcurrencyStillFinishesEveryConnect() throws Exception {
        ScanRun run = ScanRun.unobserved();

        List<HostReply> replies = new ConnectScanner(new ScanSettings(3, TIMEOUT, 10_000))
                .scan(List.of(Cidr.parse("127.0.2.0/28")), List.of(PayaraMicro.freePort(), PayaraMicro.freePort()), run);

        assertThat(replies).hasSize(14).allSatisfy(r -> assertThat(r.closedPorts()).isEqualTo(2));
        assertThat(run.progress()).isEqualTo(new ScanProgress(28, 28, 14, 14, 14, 0));
    }

    @Test
    void newHostsBeginAtTheConfiguredPaceAfterAFirstSecondsWorth() throws Exception {
        ScanRun run = ScanRun.unobserved();

        long start = System.nanoTime();
        new ConnectScanner(new ScanSettings(512, TIMEOUT, 50))
                .scan(List.of(Cidr.parse("127.3.0.0/25")), List.of(PayaraMicro.freePort()), run);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // 126 hosts: 50 at once, the other 76 over (126 - 50) / 50 = 1.52 s
        assertThat(took).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(3));
        assertThat(run.progress().hostsDone()).isEqualTo(126);
    }

    @Test
    void theDefaultPaceKeepsTheNeighbourTableAtMostHalfFullOfUnresolvedEntries() {
        assertThat(ScanSettings.forNeighbourTable(1024)).isEqualTo(128);
        assertThat(ScanSettings.forNeighbourTable(8192)).isEqualTo(1024);
        assertThat(ScanSettings.forNeighbourTable(3)).isEqualTo(1);
    }

    private ServerSocket listen(String address, int backlog) throws IOException {
        ServerSocket server = new ServerSocket(0, backlog, InetAddress.getByName(address));
        resources.add(server);
        return server;
    }

    /** A listener that never accepts, its queue filled by connections of our own: later SYNs go unanswered. */
    private int silentListener(String address) throws Exception {
        ServerSocket server = listen(address, 1);
        for (int i = 0; i < 4; i++) {
            SocketChannel filler = SocketChannel.open();
            filler.configureBlocking(false);
            filler.connect(new InetSocketAddress(address, server.getLocalPort()));
            resources.add(filler);
        }
        Thread.sleep(100);
        return server.getLocalPort();
    }
}
