package io.ohmvision.channels.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.video.Admission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaRootsTest {

    @TempDir
    Path temp;
    private Path root;
    private Path outside;
    private MediaRoots roots;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(temp.resolve("media"));
        outside = Files.writeString(temp.resolve("secret.mp4"), "not media");
        Files.writeString(root.resolve("clip.mp4"), "media");
        roots = new MediaRoots(List.of(root));
    }

    @Test
    void admitsAFileInsideARoot() {
        Admission admission = admit(root.resolve("clip.mp4"));

        assertThat(admission.refusal()).isNull();
        assertThat(admission.input()).hasToString(root.resolve("clip.mp4").toString());
    }

    @Test
    void refusesAFileOutside() {
        assertThat(admit(outside).refusal().outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(admit(outside).refusal().reason()).isEqualTo(MediaRoots.OUTSIDE);
    }

    @Test
    void refusesDotDotOutOfARoot() {
        Admission admission = admit(Path.of(root + "/../secret.mp4"));

        assertThat(admission.refusal().reason()).isEqualTo(MediaRoots.OUTSIDE);
    }

    @Test
    void refusesASymbolicLinkLeadingOut() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("innocent.mp4"), outside);
        Path linkedDirectory = Files.createSymbolicLink(root.resolve("elsewhere"), temp);

        assertThat(admit(link).refusal().reason()).startsWith(MediaRoots.OUTSIDE);
        assertThat(admit(linkedDirectory.resolve("secret.mp4")).refusal().reason()).startsWith(MediaRoots.OUTSIDE);
    }

    @Test
    void followsASymbolicLinkThatStaysInside() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("alias.mp4"), root.resolve("clip.mp4"));

        assertThat(admit(link).refusal()).isNull();
    }

    @Test
    void missingInsideIsNotFoundButMissingOutsideIsOutside() {
        assertThat(admit(root.resolve("gone.mp4")).refusal().outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(admit(temp.resolve("gone.mp4")).refusal().reason()).isEqualTo(MediaRoots.OUTSIDE);
    }

    @Test
    void refusesADirectory() {
        assertThat(admit(root).refusal().reason()).isEqualTo("not a regular file");
    }

    @Test
    void noRootsRefuseEverything() {
        Admission admission = new MediaRoots(List.of()).admit(FileProbe.target(root.resolve("clip.mp4"),
                Duration.ofSeconds(1)));

        assertThat(admission.refusal().reason()).isEqualTo(MediaRoots.OUTSIDE);
    }

    private Admission admit(Path file) {
        return roots.admit(FileProbe.target(file, Duration.ofSeconds(1)));
    }
}
