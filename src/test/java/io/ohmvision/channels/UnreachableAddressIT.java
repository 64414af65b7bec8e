package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ohmvision.channels.rtsp.RtspProbe;
import io.ohmvision.testing.TestSubnet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Addresses that no camera answers, made real in a test network namespace (198.18.0.0/24 on a veth, the rest of
 * 198.18.0.0/15 routed as unreachable): nothing leaves the machine.
 */
class UnreachableAddressIT {

    private final RtspProbe rtsp = new RtspProbe();

    @Test
    void anAddressWithoutARouteIsUnreachableAndASilentOnLinkOneTimesOut() {
        assumeTrue(TestSubnet.possibleHere(), "needs root to create a network namespace");
        try (TestSubnet ignored = TestSubnet.create()) {
            ProbeResult noRoute = rtsp.probe(new ProbeTarget("rtsp://198.18.200.1:554/main", null, null,
                    Duration.ofSeconds(2)));
            assertThat(noRoute.outcome()).as(noRoute.reason()).isEqualTo(Outcome.UNREACHABLE);

            // On the subnet but nobody there: ARP goes unanswered
            ProbeResult nobody = rtsp.probe(new ProbeTarget("rtsp://198.18.0.77:554/main", null, null,
                    Duration.ofMillis(1500)));
            assertThat(nobody.outcome()).as(nobody.reason()).isIn(Outcome.TIMEOUT, Outcome.UNREACHABLE);
            assertThat(nobody.latencyMillis()).isLessThan(1500 + 1000);
        }
    }
}
