package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put the WAR and Payara Micro (set by failsafe), and fresh scratch directories under target/. */
public final class TestPaths {

    private TestPaths() {
    }

    /** Maven sets basedir; an IDE usually runs tests from the project directory. */
    public static Path project() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    public static Path target() {
        return Path.of(System.getProperty("ohmvision.target", "target")).toAbsolutePath();
    }

    public static Path war() {
        return existing(System.getProperty("ohmvision.war", "target/ohmvision.war"));
    }

    public static Path payaraJar() {
        return existing(System.getProperty("ohmvision.payara.jar"));
    }

    public static Path freshDirectory(String prefix) {
        try {
            Path base = Files.createDirectories(target().resolve("it-work"));
            return Files.createTempDirectory(base, prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(String path) {
        if (path == null || !Files.exists(Path.of(path))) {
            throw new IllegalStateException(path + " does not exist: run the integration tests through `mvn verify`");
        }
        return Path.of(path).toAbsolutePath();
    }
}
