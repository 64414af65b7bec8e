package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeRunTest {

    private static final ProbeTarget TARGET = new ProbeTarget("http://192.0.2.7/whep", "admin", "s3cret",
            Duration.ofSeconds(2));

    @Test
    void aSchemeTheProbeDoesNotHandleIsUnsupportedWithTheSchemesItDoes() {
        ProbeResult refused = ProbeRun.start(ConnectionType.RTSP, TARGET).refusedScheme(List.of("rtsp", "rtsps"), "URL")
                .orElseThrow();

        assertThat(refused.channel()).isEqualTo(ConnectionType.RTSP);
        assertThat(refused.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(refused.reason()).isEqualTo("not an rtsp:// or rtsps:// URL");
        assertThat(refused.maskedUrl()).isEqualTo("http://admin:***@192.0.2.7/whep").doesNotContain("s3cret");
    }

    @Test
    void aSchemeTheProbeHandlesGoesOn() {
        assertThat(ProbeRun.start(ConnectionType.WEBRTC, TARGET).refusedScheme(List.of("http", "https"), "WHEP URL"))
                .isEmpty();
    }

    @Test
    void theResultCarriesTheChannelTheVerdictAndTheTimeSinceTheStart() throws InterruptedException {
        ProbeRun run = ProbeRun.start(ConnectionType.ONVIF, TARGET);
        Thread.sleep(30);

        ProbeResult result = run.failed(new Verdict(Outcome.AUTH_FAILED, "wrong password"), ServerFingerprint.NONE);

        assertThat(result.channel()).isEqualTo(ConnectionType.ONVIF);
        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("wrong password");
        assertThat(result.media()).isEqualTo(MediaFacts.NONE);
        assertThat(result.latencyMillis()).isGreaterThanOrEqualTo(30);
    }
}
