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
 * The process of a test peer script that prints a line starting with "READY" on stdout once it serves. Its stderr
 * goes to a log under target/, which a failed start shows.
 */
final class PeerProcess implements AutoCloseable {

    /** Debian's python has gi; a python earlier on PATH may not. */
    static final String PYTHON = "/usr/bin/python3";
    private static final long READY_SECONDS = 30;

    private final Process process;

    private PeerProcess(Process process) {
        this.process = process;
    }

    /** @param name what the peer is, for messages, e.g. "RTSP test peer" */
    static PeerProcess start(String name, List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            PeerProcess peer = new PeerProcess(new ProcessBuilder(command).redirectError(log.toFile()).start());
            peer.awaitReady(name, log);
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    private void awaitReady(String name, Path log) throws IOException {
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            if (!ready.get(READY_SECONDS, TimeUnit.SECONDS)) {
                close();
                throw new IllegalStateException(name + " ended before READY; see " + log + ":\n" + Files.readString(log));
            }
        } catch (TimeoutException | ExecutionException e) {
            close();
            throw new IllegalStateException(name + " not ready after " + READY_SECONDS + " s; see " + log, e);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the " + name, e);
        }
    }

    @Override
    public void close() {
        stop(process);
    }

    /** Asks politely, then insists: a peer that ignores SIGTERM must not outlive the test. */
    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
