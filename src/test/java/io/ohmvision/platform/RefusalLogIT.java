package io.ohmvision.platform;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.RawRequests;
import io.ohmvision.testing.RunningServer;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The log stays readable under a flood of bad requests: a refused request writes at most one short line and never a
 * stack trace, whether the refusal comes from the container, a JAX-RS provider or an EJB.
 */
class RefusalLogIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    private static final int REQUESTS = 1000;
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^Caused by: |EJBException");

    /** One kind of refused request and the statuses it may get. */
    private record Refusal(String name, Set<Integer> statuses, Supplier<Integer> send) {

        Refusal(String name, int status, Supplier<Integer> send) {
            this(name, Set.of(status), send);
        }
    }

    @Test
    void aThousandRefusedRequestsWriteAtMostOneLineEachAndNoStackTrace() {
        SERVER.adminApi().users()
                .create(json("username", "flood-viewer", "password", "flood-viewer-1", "role", "viewer"))
                .then().statusCode(201);
        RawRequests admin = RawRequests.as(SERVER, "admin", RunningServer.ADMIN_PASSWORD);
        RawRequests viewer = RawRequests.as(SERVER, "flood-viewer", "flood-viewer-1");
        RawRequests wrongPassword = RawRequests.as(SERVER, "admin", "not-the-password");
        List<Refusal> refusals = List.of(
                new Refusal("unknown camera, from the registry EJB", 404,
                        () -> admin.send("GET", "/api/cameras/999999", null).statusCode()),
                // after a few, the sign-in throttle answers instead (429), which must log no more
                new Refusal("wrong password", Set.of(401, 429),
                        () -> wrongPassword.send("GET", "/api/cameras", null).statusCode()),
                new Refusal("viewer writes", 403,
                        () -> viewer.send("POST", "/api/cameras", "{}").statusCode()),
                new Refusal("malformed JSON", 400,
                        () -> admin.send("POST", "/api/cameras", "{\"name\": ").statusCode()),
                new Refusal("refused by the registry EJB", 400, () -> admin.send("POST", "/api/cameras",
                        json("name", "flood", "ipAddress", "192.0.2.1", "connectionType", "nope")).statusCode()),
                new Refusal("path variant", 400,
                        () -> admin.send("GET", "/api;x/cameras", null).statusCode()));
        long before = lines(SERVER.payara().logText());

        for (int i = 0; i < REQUESTS; i++) {
            Refusal refusal = refusals.get(i % refusals.size());
            assertThat(refusal.send().get()).as(refusal.name()).isIn(refusal.statuses());
        }

        String log = settledLog();
        String written = log.substring(logLengthAt(log, before));
        System.out.printf("%d refused requests wrote %d log lines%n", REQUESTS, lines(log) - before);
        assertThat(lines(log) - before).as("log lines written").isLessThanOrEqualTo(REQUESTS);
        assertThat(STACK_TRACE.matcher(written).find()).as("a stack trace in:%n%s", head(written)).isFalse();
    }

    /** The log once the server stopped writing to it (it is the server's redirected standard output). */
    private static String settledLog() {
        String previous = SERVER.payara().logText();
        while (true) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            String now = SERVER.payara().logText();
            if (now.length() == previous.length()) {
                return now;
            }
            previous = now;
        }
    }

    private static long lines(String text) {
        return text.lines().count();
    }

    /** Where the line after the first {@code count} lines starts. */
    private static int logLengthAt(String log, long count) {
        int at = 0;
        for (long i = 0; i < count && at >= 0; i++) {
            at = log.indexOf('\n', at) + 1;
        }
        return Math.max(at, 0);
    }

    private static String head(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
    }
}
