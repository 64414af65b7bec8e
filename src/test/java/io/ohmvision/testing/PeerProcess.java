package io.ohmvision.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A test peer run as its own process from {@code src/test/peers}: started, awaited until it prints a line starting
 * with READY on stdout, and stopped. Its stderr goes to {@code target/<name>.log}.
 */
public final class PeerProcess implements AutoCloseable {

    /** Debian's python has gi; a python earlier on PATH may not. */
    public static final String PYTHON = "/usr/bin/python3";
    private static final long READY_SECONDS = 30;

    private final Process process;
    private final String readyLine;

    private PeerProcess(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    /** @param command the full command line; a script path relative to the project directory is resolved */
    public static PeerProcess start(String name, List<String> command) {
        Path log = TestPaths.target().resolve(name + ".log");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            return new PeerProcess(process, awaitReady(process, name, log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** The READY line the peer printed, e.g. "READY http=34567 discovery=3702". */
    public String readyLine() {
        return readyLine;
    }

    private static String awaitReady(Process process, String name, Path log) throws IOException {
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = ready.get(READY_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                ExternalProcess.stop(process);
                throw new IllegalStateException(
                        name + " ended before READY; see " + log + ":\n" + Files.readString(log));
            }
            return line;
        } catch (TimeoutException | ExecutionException e) {
            ExternalProcess.stop(process);
            throw new IllegalStateException(name + " not ready after " + READY_SECONDS + " s; see " + log, e);
        } catch (InterruptedException e) {
            ExternalProcess.stop(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + name, e);
        }
    }

    @Override
    public void close() {
        ExternalProcess.stop(process);
    }
}
