package io.ohmvision.launcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.platform.SchemaMigration;
import io.ohmvision.testing.LoopbackPorts;
import io.ohmvision.testing.TestDatabase;
import io.ohmvision.testing.TestPaths;
import io.ohmvision.testing.api.OhmVisionApi;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's start command as a newcomer and an operator meet it: server-config/ohmvision.sh on a real Payara. */
class LauncherIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Pattern GENERATED_PASSWORD =
            Pattern.compile("Sign in as admin with the password generated on this first start: (\\S+)");

    private final int port = LoopbackPorts.free();
    private final Path work = TestPaths.freshDirectory("launcher");
    private final Path dataDir = work.resolve("data");

    @AfterEach
    void stopWhateverRuns() throws Exception {
        script("stop");
    }

    @Test
    void aStartSaysWhereEverythingIsAndStatusStopAndASecondStartAnswerForIt() throws Exception {
        Result first = script("start", "--background", "--no-build");

        assertThat(first.exitCode()).as(first.output()).isZero();
        String base = "http://localhost:" + port;
        assertThat(first.output()).contains("OhmVision is ready", "Console    " + base + "/admin/",
                "API docs   " + base + "/openapi-ui/", "Data       " + dataDir,
                "Database   H2 (embedded) in the file " + dataDir.resolve("ohmvision") + ".mv.db");
        Matcher password = GENERATED_PASSWORD.matcher(first.output());
        assertThat(password.find()).as(first.output()).isTrue();
        String admin = password.group(1);
        new OhmVisionApi(() -> given().baseUri(base).auth().preemptive().basic("admin", admin)).users().list()
                .then().statusCode(200);
        String console = Files.readString(dataDir.resolve("logs/console.log"));
        assertThat(console).doesNotContain(password.group(1)).doesNotContain("\u001b[")
                .doesNotContainPattern("(?m)^\\s+at ").doesNotContain("REST Endpoints");

        Result status = script("status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("running \\(pid \\d+\\) on " + base + ", ready");

        Result second = script("start", "--no-build");
        assertThat(second.exitCode()).isNotZero();
        assertThat(second.output()).contains("OhmVision is already running on the data directory " + dataDir);

        Result stop = script("stop");
        assertThat(stop.output()).contains("stopped");
        assertThat(dataDir.resolve(InstanceLock.PID_FILE)).doesNotExist();
        assertThat(script("status").exitCode()).isEqualTo(3);

        Result again = script("start", "--background", "--no-build");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("OhmVision is ready").doesNotContain("generated on this first start");
    }

    @Test
    void aDeploymentThatFailsEndsTheProcessWithItsCauseInOneLineAndNeverAnswersReady() throws Exception {
        TestDatabase database = TestDatabase.h2(dataDir);
        SchemaMigration.run(database.dataSource());
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // a changelog that no longer matches the database: Liquibase refuses to migrate it
            statement.executeUpdate("update databasechangelog set md5sum = '9:00000000000000000000000000000000' "
                    + "where id = '001-cameras'");
        }
        ConcurrentLinkedQueue<String> readiness = new ConcurrentLinkedQueue<>();
        Thread prober = new Thread(() -> probe(readiness), "readiness-prober");
        prober.setDaemon(true);
        prober.start();

        Result start = script("start", "--no-build");

        prober.interrupt();
        assertThat(start.exitCode()).as(start.output()).isEqualTo(1);
        List<String> lines = start.output().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("ohmvision: OhmVision failed to start: The database "
                + "schema could not be migrated: liquibase.exception.ValidationFailedException: Validation Failed: "
                + "1 changesets check sum");
        // one of OhmVision's checks may be UP; the probe's own verdict never is
        assertThat(readiness).isNotEmpty().noneMatch(answer -> answer.startsWith("200")
                || answer.contains("{\"status\":\"UP\",\"checks\""));
        assertThat(listening(port)).as("nothing is left running").isFalse();
    }

    private void probe(ConcurrentLinkedQueue<String> answers) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health/ready")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                answers.add(answer.statusCode() + " " + answer.body());
                Thread.sleep(200);
            } catch (IOException notListening) {
                sleepOrStop();
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void sleepOrStop() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private record Result(int exitCode, String output) {
    }

    /** The launcher as a person runs it: from the project directory, with an environment like a shell's. */
    private Result script(String... arguments) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "ohmvision-sh", ".log");
        List<String> command = new ArrayList<>(List.of("bash", "server-config/ohmvision.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(TestPaths.projectDirectory().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "HOME", System.getProperty("user.home"), "LANG", "C.UTF-8", "JAVA_HOME", System.getProperty("java.home"),
                "OHMVISION_DATA_DIR", dataDir.toString(), "OHMVISION_PORT", String.valueOf(port),
                "OHMVISION_HEALTH_ENABLED", "false"));
        Process process = builder.start();
        if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("ohmvision.sh " + String.join(" ", arguments) + " did not end; see " + log);
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
