package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.onvif.OnvifProbe;
import io.ohmvision.channels.rtsp.RtspProbe;
import io.ohmvision.channels.webrtc.WhepProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeRunTest {

    private static final ProbeTarget TARGET = new ProbeTarget("http://192.0.2.7/whep", "admin", "s3cret",
            Duration.ofSeconds(2));

    @Test
    void aSchemeTheProbeDoesNotHandleIsUnsupportedWithTheSchemesItDoes() {
        ProbeResult refused = ProbeRun.open(new RtspProbe(), TARGET, "URL", run -> {
            throw new AssertionError("the probe's own steps ran");
        });

        assertThat(refused.channel()).isEqualTo(ConnectionType.RTSP);
        assertThat(refused.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(refused.reason()).isEqualTo("not an rtsp:// or rtsps:// URL");
        assertThat(refused.maskedUrl()).isEqualTo("http://admin:***@192.0.2.7/whep").doesNotContain("s3cret");
    }

    @Test
    void aSchemeTheProbeHandlesGoesOn() {
        ProbeResult answered = ProbeRun.open(new WhepProbe(), TARGET, "WHEP URL",
                run -> run.result(new Verdict(Outcome.OK, "offer answered"), MediaFacts.NONE, ServerFingerprint.NONE));

        assertThat(answered.outcome()).isEqualTo(Outcome.OK);
        assertThat(answered.channel()).isEqualTo(ConnectionType.WEBRTC);
    }

    @Test
    void theResultCarriesTheChannelTheVerdictAndTheTimeSinceTheStart() {
        ProbeResult result = ProbeRun.open(new OnvifProbe(), TARGET, "URL", run -> {
            sleep(30);
            return run.failed(new Verdict(Outcome.AUTH_FAILED, "wrong password"), ServerFingerprint.NONE);
        });

        assertThat(result.channel()).isEqualTo(ConnectionType.ONVIF);
        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo("wrong password");
        assertThat(result.media()).isEqualTo(MediaFacts.NONE);
        assertThat(result.latencyMillis()).isGreaterThanOrEqualTo(30);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
