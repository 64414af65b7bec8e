package io.ohmvision.channels.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.WhepTestPeer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The probe against GStreamer's webrtcbin behind a WHEP handler in a network namespace. The peer counts the
 * sessions it created and deleted, which shows that the probe frees what it asked for.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhepProbeIT {

    private static final String TOKEN = "whep-t0ken";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static WhepTestPeer peer;
    private final WhepProbe probe = new WhepProbe();

    @BeforeAll
    static void startPeer() {
        peer = WhepTestPeer.start(TOKEN);
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @Test
    @Order(1)
    void webrtcbinAnswersWithH264AndOpusAndTheSessionIsDeleted() {
        ProbeResult result = probe("/whep", TOKEN);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.media()).isEqualTo(new MediaFacts("H.264", 320, 180, 15.0, "Opus"));
        assertThat(result.reason()).startsWith("WHEP session created: answer offers H.264 + Opus, 2 sources, ")
                .endsWith("(signalling only; media not checked)").doesNotContain(TOKEN);
        assertThat(peer.sessionCounts()).isEqualTo("created 1 deleted 1 active 0");
    }

    @Test
    @Order(2)
    void aWrongTokenIsAnAuthFailure() {
        ProbeResult result = probe("/whep", "not-the-token");

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.fingerprint().realm()).isEqualTo("whep-test");
        assertThat(result.reason()).doesNotContain("not-the-token");
    }

    @Test
    @Order(3)
    void aWrongPathIsNotFound() {
        assertThat(probe("/live/whep", TOKEN).outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    @Order(4)
    void aStoppedPeerIsRefused() {
        peer.stopServer();

        ProbeResult result = probe("/whep", TOKEN);

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.REFUSED);
    }

    private ProbeResult probe(String path, String token) {
        return probe.probe(new ProbeTarget(peer.url(path), null, token, TIMEOUT));
    }
}
