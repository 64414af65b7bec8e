package io.ohmvision.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts Payara Micro with OhmVision and answers for it until it stops. Exit codes: the server's own when it stops
 * after being ready, 1 when the application failed to deploy or the server stopped before it was ready, 3 when
 * another OhmVision runs on the same data directory.
 */
public final class Launcher {

    static final int FAILED = 1;
    static final int ALREADY_RUNNING = 3;
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);
    /** Payara logs the failed deployment's details just after its message; they go to the full log meanwhile. */
    private static final Duration CAUSE_SETTLES = Duration.ofSeconds(1);

    private final LaunchOptions options;
    private final PrintStream console = System.out;
    private final ServerOutput output;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Launcher(LaunchOptions options) {
        this.options = options;
        this.output = new ServerOutput(console, options.fullLog().toString());
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ohmvision launcher: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Launcher(options).run());
    }

    private int run() throws IOException, InterruptedException {
        Optional<InstanceLock> lock = InstanceLock.acquire(options.dataDir(), ProcessHandle.current().pid());
        if (lock.isEmpty()) {
            return fail(ALREADY_RUNNING, "OhmVision is already running on the data directory " + options.dataDir()
                    + InstanceLock.holder(options.dataDir()).map(pid -> " (pid " + pid + ")").orElse("")
                    + ": stop it with 'bash server-config/ohmvision.sh stop', or give this one its own "
                    + "OHMVISION_DATA_DIR");
        }
        long started = System.nanoTime();
        Process payara = new ProcessBuilder(options.payaraCommand()).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, lock.get()), "ohmvision-launcher-stop"));
        Thread reader = new Thread(() -> forward(payara), "ohmvision-launcher-output");
        reader.setDaemon(true);
        reader.start();
        boolean ready = false;
        while (true) {
            output.flushIfIdle(POLL.toNanos() / 2);
            if (!payara.isAlive()) {
                reader.join(TimeUnit.SECONDS.toMillis(1));
                output.flush();
                return ready ? payara.exitValue()
                        : fail(FAILED, "Payara Micro stopped (exit code " + payara.exitValue() + ") before OhmVision "
                                + "was ready; see " + options.fullLog());
            }
            if (!ready && output.deploymentFailure().isPresent()) {
                Thread.sleep(CAUSE_SETTLES.toMillis());
                output.flush();
                return fail(FAILED, "OhmVision failed to start: " + output.deploymentFailure().get()
                        + " (details in " + options.fullLog() + ")");
            }
            // polled only once Payara is done: during the deployment it answers 500 and logs a warning for each
            if (!ready && output.payaraReady() && isReady()) {
                ready = true;
                output.flush();
                announce(new StartupBlock(options.port(), options.httpsPort(), options.dataDir(),
                        DatabaseDescription.of(options.databaseUrl(), options.databaseUser()), options.fullLog(),
                        Duration.ofNanos(System.nanoTime() - started), output.generatedPassword()));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void forward(Process payara) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(payara.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.accept(line);
            }
        } catch (IOException closed) {
            // the server stopped: the main loop sees it
        }
    }

    /** Ready means OhmVision's own readiness checks answer UP (Payara alone answers DOWN: no application). */
    private boolean isReady() {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + options.port() + "/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("ohmvision-");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void announce(StartupBlock block) {
        if (options.outcomeFile().isEmpty()) {
            console.println(block.render(true));
            return;
        }
        console.println(block.render(false));
        writeOutcome("ready\n" + block.render(true));
    }

    private int fail(int code, String reason) {
        if (options.outcomeFile().isPresent()) {
            writeOutcome("failed\n" + reason + "\n");
        }
        System.err.println("ohmvision: " + reason);
        return code;
    }

    /** The file start --background shows: owner-only, since it may hold the generated admin password. */
    private void writeOutcome(String text) {
        try {
            var file = options.outcomeFile().orElseThrow();
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On exit, Ctrl+C or a TERM from ohmvision.sh stop: the server gets its own graceful shutdown first. */
    private static void stop(Process payara, InstanceLock lock) {
        try {
            if (payara.isAlive()) {
                payara.destroy();
                if (!payara.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            }
            lock.close();
        } catch (IOException | InterruptedException e) {
            System.err.println("ohmvision: stopping: " + e.getMessage());
        }
    }
}
