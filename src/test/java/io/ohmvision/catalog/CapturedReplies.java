package io.ohmvision.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Captured device replies under src/test/resources/catalog/replies/<kind>/, named
 * {@code <expected manufacturer id>__<case>.<ext>}; "none" means no manufacturer may be recognised.
 */
final class CapturedReplies {

    private CapturedReplies() {
    }

    static List<Path> files(String... kinds) {
        return Stream.of(kinds).flatMap(CapturedReplies::filesOf).sorted().toList();
    }

    /** Arguments (file name, expected manufacturer id or "none", file content). */
    static Stream<Arguments> arguments(String... kinds) {
        return files(kinds).stream().map(f -> Arguments.of(f.getFileName().toString(), expectedManufacturer(f), read(f)));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expectedManufacturer(Path file) {
        return file.getFileName().toString().split("__")[0];
    }

    private static Stream<Path> filesOf(String kind) {
        try (Stream<Path> listing = Files.list(Path.of(CapturedReplies.class.getResource("/catalog/replies/" + kind).toURI()))) {
            return listing.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
