package io.ohmvision.discovery.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The kernel tables the discovery reads. Outside Linux they do not exist, which reads as an empty table. */
final class ProcFiles {

    static final Path ROUTES = Path.of("/proc/net/route");
    static final Path NEIGHBOURS = Path.of("/proc/net/arp");
    static final Path NEIGHBOUR_LIMIT = Path.of("/proc/sys/net/ipv4/neigh/default/gc_thresh3");

    private ProcFiles() {
    }

    /**
     * Read as a stream: the files are generated as they are read, and Files.readString, which sizes its read from
     * the file's attributes, gets only the first byte of a /proc/sys value.
     */
    static String read(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
