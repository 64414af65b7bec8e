package io.ohmvision.channels.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.DeepProbeResult;
import io.ohmvision.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A clip made by ffmpeg in a fresh media root, decoded for real; the same clip outside the root is refused. */
class FileProbeIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(8);

    private static Path root;
    private static Path outside;
    private static FileProbe probe;

    @BeforeAll
    static void makeClips() throws IOException, InterruptedException {
        Path work = TestPaths.freshDirectory("file-probe");
        root = Files.createDirectories(work.resolve("media"));
        encode(root.resolve("clip.mp4"));
        outside = work.resolve("outside.mp4");
        Files.copy(root.resolve("clip.mp4"), outside);
        probe = new FileProbe(List.of(root), new DeepProbe());
    }

    @Test
    void decodesAClipInsideTheRoot() {
        DeepProbeResult result = probe.deepProbe(FileProbe.target(root.resolve("clip.mp4"), TIMEOUT));

        assertThat(result.probe().outcome()).as(result.probe().reason()).isEqualTo(Outcome.OK);
        assertThat(result.probe().media()).isEqualTo(new MediaFacts("H.264", 320, 240, 25.0, null));
        assertThat(result.measuredFps()).as("stream time, not decoding speed").isCloseTo(25.0, within(2.0));
        assertThat(result.frozen()).isFalse();
        assertThat(result.snapshot()).isPresent();
    }

    @Test
    void refusesTheSameClipOutsideTheRoot() {
        ProbeResult result = probe.probe(FileProbe.target(outside, TIMEOUT));

        assertThat(result.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(result.reason()).isEqualTo("outside the configured media roots");
    }

    @Test
    void reportsAMissingFileInsideTheRoot() {
        ProbeResult result = probe.probe(new ProbeTarget(root.toUri() + "gone.mp4", null, null, TIMEOUT));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void reportsAFileThatIsNotMediaAsAProtocolError() throws IOException {
        Path notMedia = Files.writeString(root.resolve("notes.mp4"), "these are not frames");

        ProbeResult result = probe.probe(FileProbe.target(notMedia, TIMEOUT));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.PROTOCOL_ERROR);
    }

    private static void encode(Path clip) throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi",
                "-i", "testsrc2=size=320x240:rate=25", "-t", "4", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", clip.toString()).inheritIO().start();
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new IllegalStateException("ffmpeg could not make " + clip);
        }
    }
}
