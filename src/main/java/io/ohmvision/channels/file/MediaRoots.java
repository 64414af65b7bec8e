package io.ohmvision.channels.file;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.Admission;
import io.ohmvision.channels.video.VideoInput;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The directories whose media files may be opened. A file is admitted by its real path (symbolic links and ".."
 * resolved), so neither a link inside a root nor "../" can reach a file elsewhere; and a missing file outside the
 * roots is refused as outside, so probing cannot tell which files exist there.
 */
public final class MediaRoots {

    static final String OUTSIDE = "outside the configured media roots";

    private final List<Path> roots;

    public MediaRoots(List<Path> roots) {
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    }

    /** @param target a file:///... URL */
    public Admission admit(ProbeTarget target) {
        Path asked;
        try {
            asked = Path.of(URI.create(target.url())).normalize();
        } catch (IllegalArgumentException | FileSystemNotFoundException notAFileUrl) {
            return Admission.refuse(Outcome.UNSUPPORTED, "not a file:/// URL of an absolute path");
        }
        if (!lexicallyInside(asked)) {
            return Admission.refuse(Outcome.UNSUPPORTED, OUTSIDE);
        }
        Path real;
        try {
            real = asked.toRealPath();
        } catch (NoSuchFileException missing) {
            return Admission.refuse(Outcome.NOT_FOUND, "no such file");
        } catch (IOException unreadable) {
            return Admission.refuse(Outcome.AUTH_FAILED, "the file cannot be resolved (permission denied?)");
        }
        if (!reallyInside(real)) {
            return Admission.refuse(Outcome.UNSUPPORTED, OUTSIDE + " (a symbolic link leads out)");
        }
        if (!Files.isRegularFile(real)) {
            return Admission.refuse(Outcome.UNSUPPORTED, "not a regular file");
        }
        return Admission.admit(VideoInput.file(real));
    }

    private boolean lexicallyInside(Path path) {
        return roots.stream().anyMatch(path::startsWith);
    }

    private boolean reallyInside(Path real) {
        return roots.stream().map(MediaRoots::realOrNull).filter(Objects::nonNull).anyMatch(real::startsWith);
    }

    /** Roots are resolved at each check: one may be mounted, moved or relinked while the service runs. */
    private static Path realOrNull(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException gone) {
            return null;
        }
    }
}
