package io.ohmvision.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The /proc parsers on tables captured from a laptop with wired and wireless links and Docker. */
class ProcTablesTest {

    @Test
    void theDefaultRouteWithTheLowestMetricWins() throws IOException {
        assertThat(DefaultRoute.parse(captured("proc-net-route.txt")))
                .contains(new DefaultRoute("enp3s0", "192.168.1.254", 100));
    }

    @Test
    void noDefaultRouteWhenOnlyLinkRoutesExist() {
        String linkOnly = "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\tMTU\tWindow\tIRTT\n"
                + "eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n";

        assertThat(DefaultRoute.parse(linkOnly)).isEmpty();
        assertThat(DefaultRoute.parse("")).isEmpty();
    }

    @Test
    void onlyResolvedNeighboursHaveAMac() throws IOException {
        assertThat(NeighbourTable.parse(captured("proc-net-arp.txt"))).containsExactly(
                Map.entry("192.168.1.64", "44:19:b6:12:34:56"),
                Map.entry("192.168.1.1", "f4:92:bf:aa:bb:cc"),
                Map.entry("192.168.1.108", "08:ed:ed:01:02:03"),
                Map.entry("172.17.0.2", "02:42:ac:11:00:02"));
    }

    @Test
    void theNeighbourTableCapacityIsTheKernelsWholeValue() throws IOException {
        Path limit = Path.of("/proc/sys/net/ipv4/neigh/default/gc_thresh3");
        int expected = Files.exists(limit) ? Integer.parseInt(Files.readAllLines(limit).get(0).strip()) : 1024;

        assertThat(NeighbourTable.capacity()).isEqualTo(expected).isGreaterThan(1);
    }

    private static String captured(String name) throws IOException {
        try (InputStream in = ProcTablesTest.class.getResourceAsStream("/discovery/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
