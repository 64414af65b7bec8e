package io.ohmvision.channels.video;

import static io.ohmvision.testing.ScriptedHttpServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.FlatJpeg;
import io.ohmvision.testing.ScriptedHttpServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decoding what a hostile camera serves: a picture's memory grows with the pixels its header claims, so one larger
 * than 8K is refused before a frame is decoded (a 563 kB JPEG of 12000x12000 took 1.1 GB to decode and convert); and
 * FFmpeg follows no HTTP redirect, which it would to any host.
 */
class HostileVideoIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(8);
    private final DeepProbe probe = new DeepProbe();

    @Test
    void refusesToDecodeAPictureLargerThan8K() {
        try (ScriptedHttpServer camera = ScriptedHttpServer.start()) {
            camera.on("/snap.jpg", reply(200, "image/jpeg", FlatJpeg.of(12_000, 12_000), Map.of()));

            DeepProbeResult result = probe.firstFrame(new ProbeTarget(camera.url("/snap.jpg"), null, null, TIMEOUT));

            assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.UNSUPPORTED);
            assertThat(result.probe().reason()).isEqualTo("the picture is 12000x12000, larger than OhmVision "
                    + "decodes (8K, 33177600 pixels): not decoded");
            assertThat(result.snapshot()).isEmpty();
        }
    }

    @Test
    void doesNotFollowARedirectToAnotherHost() {
        try (ScriptedHttpServer camera = ScriptedHttpServer.start();
             ScriptedHttpServer elsewhere = ScriptedHttpServer.startOn("127.0.0.2")) {
            elsewhere.on("/", reply(200, "image/jpeg", FlatJpeg.of(64, 64), Map.of()));
            camera.on("/snap.jpg", reply(302, null, new byte[0], Map.of("Location", elsewhere.url("/snap.jpg"))));

            DeepProbeResult result = probe.firstFrame(new ProbeTarget(camera.url("/snap.jpg"), null, null, TIMEOUT));

            assertThat(result.probe().outcome()).isNotEqualTo(Outcome.OK);
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    void decodesAnEightKPicture() {
        try (ScriptedHttpServer camera = ScriptedHttpServer.start()) {
            camera.on("/snap.jpg", reply(200, "image/jpeg", FlatJpeg.of(7680, 4320), Map.of()));

            DeepProbeResult result = probe.firstFrame(new ProbeTarget(camera.url("/snap.jpg"), null, null, TIMEOUT));

            assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.OK);
            assertThat(result.probe().media().width()).isEqualTo(7680);
            assertThat(result.snapshot()).isPresent();
        }
    }
}
