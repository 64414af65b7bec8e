package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL server of a test's own (initdb in a temp directory, a free loopback port), so that the test can stop
 * and restart it, or crash it, without disturbing the machine's shared one. PostgreSQL refuses to run as root, so
 * it runs as the Debian package's postgres user.
 */
public final class PrivatePostgres implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path binaries;
    private final Path dataDir;
    private final Path log;
    private final int port;

    private PrivatePostgres(Path binaries, Path dataDir, int port) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling("postgres.log");
        this.port = port;
    }

    public static PrivatePostgres start() {
        PostgresTestRecord.requireMarkedClass();
        Path binaries = installedBinaries();
        Path base = Path.of("/tmp").resolve("ohmvision-pg-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(base, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            if (ROOT) {
                run(List.of("chown", "postgres", base.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrivatePostgres server = new PrivatePostgres(binaries, base.resolve("data"), LoopbackPorts.free());
        server.asPostgres(binaries.resolve("initdb").toString(), "-D", server.dataDir.toString(), "-A", "trust",
                "-U", "postgres", "--no-sync");
        server.resume();
        return server;
    }

    private static Path installedBinaries() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.sorted().reduce((a, b) -> b).orElseThrow().resolve("bin");
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL server binaries are not installed (Debian package postgresql)", e);
        }
    }

    /** Starts (again) and waits until it accepts connections. */
    public void resume() {
        asPostgres(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", log.toString(), "-w",
                "-o", "-p " + port + " -k " + dataDir.getParent() + " -c listen_addresses=127.0.0.1", "start");
    }

    /** Stops as a crash would: no checkpoint, connections cut. */
    public void crash() {
        asPostgres(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop");
    }

    public String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            asPostgres(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop");
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test
        }
        run(List.of("rm", "-rf", dataDir.getParent().toString()));
    }

    private void asPostgres(String... command) {
        List<String> line = new ArrayList<>(ROOT ? List.of("runuser", "-u", "postgres", "--") : List.of());
        line.addAll(List.of(command));
        run(line);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
