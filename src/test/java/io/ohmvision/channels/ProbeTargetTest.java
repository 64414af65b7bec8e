package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeTargetTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void neverShowsThePassword() {
        ProbeTarget target = new ProbeTarget("rtsp://10.0.0.5/main", "admin", "s3cret", TIMEOUT);

        assertThat(target.toString()).isEqualTo("ProbeTarget[rtsp://admin:***@10.0.0.5/main, timeout=PT2S]");
        assertThat(target.maskedUrl()).doesNotContain("s3cret");
    }

    @Test
    void refusesCredentialsInsideTheStoredUrlWithoutEchoingThem() {
        assertThatThrownBy(() -> new ProbeTarget("rtsp://admin:s3cret@10.0.0.5/main", null, null, TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("s3cret");
    }

    @Test
    void splitsAndDecodesCredentialsTypedIntoAUrl() {
        ProbeTarget target = ProbeTarget.fromUrlWithCredentials("rtsp://admin:p%40ss@10.0.0.5:554/main", TIMEOUT);

        assertThat(target).isEqualTo(new ProbeTarget("rtsp://10.0.0.5:554/main", "admin", "p@ss", TIMEOUT));
    }

    @Test
    void refusesANonPositiveTimeout() {
        assertThatThrownBy(() -> new ProbeTarget("rtsp://10.0.0.5/main", null, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
