package io.ohmvision.channels.rtmp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.RtmpTestPeer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe against nginx with the RTMP module, fed by an ffmpeg push. */
class RtmpProbeIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(8);

    private static RtmpTestPeer peer;
    private final RtmpProbe probe = new RtmpProbe();

    @BeforeAll
    static void startPeer() {
        peer = RtmpTestPeer.start();
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @Test
    void decodesThePublishedStream() {
        ProbeResult result = probe.probe(new ProbeTarget(peer.url("cam"), null, null, TIMEOUT));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media()).isEqualTo(new MediaFacts("H.264", 640, 360, 25.0, "AAC"));
        System.out.printf("rtmp probe: %s, %d ms in all%n", result.reason(), result.latencyMillis());
    }

    @Test
    void reportsAStreamNobodyPublishesAsNotFound() {
        ProbeResult result = probe.probe(new ProbeTarget(peer.url("nope"), null, null, TIMEOUT));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void reportsAStoppedServerAsRefused() {
        RtmpTestPeer stopped = RtmpTestPeer.start();
        String url = stopped.url("cam");
        stopped.close();

        ProbeResult result = probe.probe(new ProbeTarget(url, null, null, TIMEOUT));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.REFUSED);
    }
}
