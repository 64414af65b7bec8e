package io.ohmvision.channels.file;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.video.DeepProbe;
import io.ohmvision.channels.video.LocalVideoProbe;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Probes a media file (file:///... URL) through FFmpeg, only inside the configured media roots. */
public final class FileProbe extends LocalVideoProbe {

    /** Where the no-argument constructor reads its roots: paths separated by the platform's path separator. */
    public static final String ROOTS_VARIABLE = "OHMVISION_MEDIA_ROOTS";

    /** Roots from {@value #ROOTS_VARIABLE}; none (every file refused) when it is unset. */
    public FileProbe() {
        this(rootsFromEnvironment(), new DeepProbe());
    }

    public FileProbe(List<Path> mediaRoots, DeepProbe video) {
        super(ConnectionType.FILE, new MediaRoots(mediaRoots)::admit, video);
    }

    /** A target for a plain path: the URL form that {@link ProbeTarget} and this probe take. */
    public static ProbeTarget target(Path file, Duration timeout) {
        return new ProbeTarget(file.toAbsolutePath().toUri().toString(), null, null, timeout);
    }

    private static List<Path> rootsFromEnvironment() {
        String value = System.getenv(ROOTS_VARIABLE);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
