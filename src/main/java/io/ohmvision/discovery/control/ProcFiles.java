package io.ohmvision.discovery.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The kernel tables the discovery reads. Outside Linux they do not exist, which reads as an empty table. */
final class ProcFiles {

    static final Path ROUTES = Path.of("/proc/net/route");
    static final Path NEIGHBOURS = Path.of("/proc/net/arp");

    private ProcFiles() {
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
