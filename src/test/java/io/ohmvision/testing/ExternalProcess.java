package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A program a test starts (a server, an encoder), its output in a log file, stopped when the test is done. */
public final class ExternalProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ExternalProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ExternalProcess start(String name, Path log, List<String> command) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ExternalProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + command.get(0) + ")", e);
        }
    }

    /** Runs a setup command (certificate, clip) to its end. */
    public static void run(String name, Path log, List<String> command) {
        ExternalProcess step = start(name, log, command);
        try {
            if (!step.process.waitFor(60, TimeUnit.SECONDS) || step.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed; see " + step.describeLog());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        } finally {
            step.close();
        }
    }

    /** @throws IllegalStateException with the log when the program has already ended */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " ended with " + process.exitValue() + "; see " + describeLog());
        }
    }

    private String describeLog() {
        try {
            return log + ":\n" + Files.readString(log);
        } catch (IOException e) {
            return log.toString();
        }
    }

    @Override
    public void close() {
        stop(process);
    }

    /** SIGTERM, then SIGKILL if the program does not end within five seconds. */
    public static void stop(Process process) {
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
