package io.ohmvision.channels.video;

import static io.ohmvision.testing.ScriptedHttpServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.FlatJpeg;
import io.ohmvision.testing.ScriptedHttpServer;
import io.ohmvision.testing.SilentPeer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Decodes of different cameras open side by side: a camera that keeps FFmpeg waiting while it opens the stream (it
 * accepts the connection and never answers) must not hold up the opening of another camera's stream, as JavaCV's
 * JVM-wide lock around {@code start()} did (the other decode waited for the lock until its deadline).
 */
class ParallelOpensIT {

    private final DeepProbe probe = new DeepProbe();

    @Test
    void aCameraThatNeverAnswersDoesNotHoldUpTheOpeningOfAnother() throws Exception {
        try (SilentPeer silent = new SilentPeer(); ScriptedHttpServer camera = ScriptedHttpServer.start()) {
            camera.on("/snap.jpg", reply(200, "image/jpeg", FlatJpeg.of(64, 64), Map.of()));
            CompletableFuture<DeepProbeResult> stuck = CompletableFuture.supplyAsync(() -> probe.firstFrame(
                    new ProbeTarget(silent.url("http", "/snap.jpg"), null, null, Duration.ofSeconds(15))));
            assertThat(silent.connected.await(20, TimeUnit.SECONDS)).as("FFmpeg connected to the silent camera")
                    .isTrue();

            DeepProbeResult other = probe.firstFrame(new ProbeTarget(camera.url("/snap.jpg"), null, null,
                    Duration.ofSeconds(8)));

            assertThat(other.probe().outcome()).as(other.probe().reason()).isEqualTo(Outcome.OK);
            assertThat(stuck).as("the silent camera's decode was still opening meanwhile").isNotDone();
            silent.close();
            assertThat(stuck.get(30, TimeUnit.SECONDS).probe().outcome()).isNotEqualTo(Outcome.OK);
        }
    }
}
