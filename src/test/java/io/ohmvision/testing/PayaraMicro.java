package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built WAR on a real Payara Micro in a child process: fresh root directory, free port, a reduced environment
 * (a full Maven environment once broke a deploy), ready when the application's own readiness check answers UP.
 */
public final class PayaraMicro implements AutoCloseable {

    /**
     * How long a boot may go without writing a line before it counts as hung. On a shared 2-core machine with three
     * members booting together a healthy boot took over 4 minutes (CI, 2026-12-04), so the wait is measured from the
     * boot's last sign of progress, up to {@link #BOOT_CEILING} in all.
     */
    private static final Duration BOOT_STALL = Duration.ofSeconds(150);
    private static final Duration BOOT_CEILING = Duration.ofMinutes(8);
    private static final String APP_CHECK = "ohmvision-database";

    private final String name;
    private final Map<String, String> appEnvironment;
    private final Path workDir;
    private final int port;
    private Process process;
    private Path log;
    private int boots;
    private boolean gridOnEveryInterface;

    public PayaraMicro(String name, Map<String, String> appEnvironment) {
        this.name = name;
        this.appEnvironment = Map.copyOf(appEnvironment);
        this.workDir = TestPaths.freshDirectory("payara-" + name);
        this.port = freePort();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves out what binds the data grid to its address: a member as Payara Micro starts by default. */
    public PayaraMicro withGridOnEveryInterface() {
        gridOnEveryInterface = true;
        return this;
    }

    public PayaraMicro start() {
        boots++;
        Path rootDir = workDir.resolve("root-" + boots);
        log = TestPaths.target().resolve("payara-logs").resolve(name + "-" + boots + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m"));
        command.addAll(clusterJvmOptions());
        command.addAll(List.of(
                "-jar", TestPaths.payaraJar().toString(),
                "--deploy", TestPaths.war().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--disablephonehome",
                "--rootdir", rootDir.toString()));
        command.addAll(clusterFlags());
        command.addAll(tlsFlags(rootDir));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(reducedEnvironment());
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro", e);
        }
        awaitReady();
        return this;
    }

    /**
     * Payara's cluster flags from the OHMVISION_CLUSTER_* variables, as server-config/ohmvision.sh maps them (here
     * always on loopback): alone unless a cluster name is given.
     */
    private List<String> clusterFlags() {
        String name = appEnvironment.get("OHMVISION_CLUSTER_NAME");
        if (name == null) {
            return List.of("--nocluster");
        }
        return List.of("--clustername", name,
                "--clustermode", "tcpip:" + appEnvironment.get("OHMVISION_CLUSTER_MEMBERS"),
                "--startport", appEnvironment.get("OHMVISION_CLUSTER_PORT"),
                "--interfaces", "127.0.0.1", "--hzpublicaddress", "127.0.0.1", "--nohostaware");
    }

    /**
     * Payara's HTTPS flags from the OHMVISION_HTTPS_PORT and OHMVISION_TLS_* variables, as server-config/ohmvision.sh
     * maps them: the keystore and its password in a system properties file.
     */
    private List<String> tlsFlags(Path rootDir) {
        String port = appEnvironment.get("OHMVISION_HTTPS_PORT");
        if (port == null) {
            return List.of();
        }
        Path properties = workDir.resolve("tls-" + rootDir.getFileName() + ".properties");
        try {
            Files.writeString(properties, "javax.net.ssl.keyStore=" + appEnvironment.get("OHMVISION_TLS_KEYSTORE")
                    + "\njavax.net.ssl.keyStorePassword=" + appEnvironment.get("OHMVISION_TLS_KEYSTORE_PASSWORD")
                    + "\njavax.net.ssl.keyStoreType=PKCS12\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("--sslport", port, "--sslcert", appEnvironment.getOrDefault("OHMVISION_TLS_CERT_ALIAS",
                "ohmvision"), "--systemproperties", properties.toString());
    }

    /** As ohmvision.sh: the data grid binds its one address only (Hazelcast binds every interface by default). */
    private List<String> clusterJvmOptions() {
        return appEnvironment.containsKey("OHMVISION_CLUSTER_NAME") && !gridOnEveryInterface
                ? List.of("-Dhazelcast.socket.bind.any=false") : List.of();
    }

    private Map<String, String> reducedEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", System.getProperty("user.home"));
        env.put("LANG", "C.UTF-8");
        env.putAll(appEnvironment);
        return env;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant ceiling = Instant.now().plus(BOOT_CEILING);
        Instant lastProgress = Instant.now();
        int logLength = 0;
        while (Instant.now().isBefore(ceiling) && Instant.now().isBefore(lastProgress.plus(BOOT_STALL))) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            String output = logText();
            if (output.length() > logLength) {
                logLength = output.length();
                lastProgress = Instant.now();
            }
            if (output.contains("Exception while loading the app") || output.contains("Failed to start")) {
                kill();
                throw new IllegalStateException("The application failed to deploy; see " + log);
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                // The server answers UP before the app is deployed: wait for the app's own check.
                if (ready.statusCode() == 200 && ready.body().contains(APP_CHECK)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        kill();
        throw new IllegalStateException("Payara Micro was not ready (no progress for " + BOOT_STALL + " or over "
                + BOOT_CEILING + " in all); see " + log);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** The HTTPS listener's address, when OHMVISION_HTTPS_PORT was given. */
    public URI httpsUri() {
        return URI.create("https://localhost:" + appEnvironment.get("OHMVISION_HTTPS_PORT") + "/");
    }

    public int port() {
        return port;
    }

    /**
     * The names of the server's threads now, as the kernel knows them (/proc/PID/task/TID/comm: the Java name cut
     * to 15 characters): what the process really runs, whatever the application reports.
     */
    public List<String> threadNames() {
        List<String> names = new ArrayList<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    names.add(Files.readString(task.resolve("comm")).strip());
                } catch (IOException ended) {
                    // the thread ended while the list was read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the threads of Payara Micro (pid " + process.pid() + ")", e);
        }
        return names;
    }

    public String logText() {
        try {
            return log == null || !Files.exists(log) ? "" : Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    /** All the logs of every boot of this server, for checks that nothing secret was logged. */
    public String allLogs() {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= boots; i++) {
            Path file = TestPaths.target().resolve("payara-logs").resolve(name + "-" + i + ".log");
            try {
                all.append(Files.readString(file));
            } catch (IOException missing) {
                // a boot that never wrote a log
            }
        }
        return all.toString();
    }

    /** SIGKILL: the process gets no chance to flush or clean up, as in a crash. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
            kill();
        }
    }

    private void waitFor() {
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
