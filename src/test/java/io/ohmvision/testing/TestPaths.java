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

    /** A script or configuration of a test peer, in src/test/peers. */
    public static Path peerFile(String name) {
        return projectDirectory().resolve("src/test/peers").resolve(name);
    }

    /** Maven sets basedir; an IDE usually runs tests from the project directory. */
    public static Path projectDirectory() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    private static Path existing(String path) {
        if (path == null || !Files.exists(Path.of(path))) {
            throw new IllegalStateException(path + " does not exist: run the integration tests through `mvn verify`");
        }
        return Path.of(path).toAbsolutePath();
    }
}
