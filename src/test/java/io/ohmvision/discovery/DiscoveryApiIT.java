package io.ohmvision.discovery;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ohmvision.testing.RunningServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.ohmvision.testing.PayaraMicro;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scan endpoints on a running OhmVision. Only loopback is scanned (127/8 is the lo interface's subnet, so the
 * default range policy allows it); nothing else may be scanned from here.
 */
class DiscoveryApiIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    @Test
    void aScanRunsInTheBackgroundAndReportsOpenPortsAndLiveHosts() throws IOException {
        try (ServerSocket camera = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.2"))) {
            int open = camera.getLocalPort();
            int closed = PayaraMicro.freePort();
            Response started = SERVER.adminApi()
                    .discovery().startScan(json("cidrs", List.of("127.0.0.2/31"), "ports", List.of(open, closed)));
            started.then().statusCode(202).body("state", equalTo("running"));
            String location = started.header("Location");
            long id = started.jsonPath().getLong("id");
            assertThat(location).endsWith("/api/discovery/scan/" + id);

            await().atMost(Duration.ofSeconds(20)).until(() ->
                    !SERVER.asAdmin().get(location).jsonPath().getString("state").equals("running"));

            JsonPath job = SERVER.asAdmin().get(location).then().statusCode(200).extract().jsonPath();
            assertThat(job.getString("state")).isEqualTo("completed");
            assertThat(job.getInt("percent")).isEqualTo(100);
            assertThat(job.getLong("connectsDone")).isEqualTo(4);
            assertThat(job.getLong("hostsAlive")).isEqualTo(2);
            assertThat(job.getList("hosts.address")).containsExactly("127.0.0.2", "127.0.0.3");
            assertThat(job.getList("hosts[0].openPorts", Integer.class)).containsExactly(open);
            assertThat(job.getInt("hosts[0].closedPorts")).isEqualTo(1);
            assertThat(job.getList("hosts[1].openPorts")).isEmpty();
            assertThat(job.getInt("hosts[1].closedPorts")).isEqualTo(2);
            SERVER.adminApi().discovery().latestScan().then().statusCode(200).body("id", equalTo((int) id));
        }
    }

    @Test
    void aCancelledScanStopsAndKeepsItsProgress() {
        List<Integer> hundredPorts = IntStream.rangeClosed(20001, 20100).boxed().toList();
        long id = SERVER.adminApi().discovery().startScan(json("cidrs", List.of("127.1.0.0/20"), "ports", hundredPorts))
                .then().statusCode(202).extract().jsonPath().getLong("id");

        SERVER.adminApi().discovery().cancelScan(id).then().statusCode(200)
                .body("state", equalTo("cancelled"));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                SERVER.adminApi().discovery().scan(id).jsonPath().getString("finishedAt") != null);
        JsonPath job = SERVER.adminApi().discovery().scan(id).jsonPath();
        assertThat(job.getString("state")).isEqualTo("cancelled");
        assertThat(job.getLong("connectsTotal")).isEqualTo(4094L * 100);
        assertThat(job.getLong("connectsDone")).isLessThan(4094L * 100);
        SERVER.adminApi().discovery().cancelScan(id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already ended"));
    }

    @Test
    void aNodeRunsAtMostTheConfiguredNumberOfScans() {
        List<Integer> hundredPorts = IntStream.rangeClosed(20001, 20100).boxed().toList();
        String longScan = json("cidrs", List.of("127.2.0.0/20"), "ports", hundredPorts);
        List<Long> started = IntStream.range(0, 2).mapToObj(i -> SERVER.adminApi().discovery().startScan(longScan)
                .then().statusCode(202).extract().jsonPath().getLong("id")).toList();
        try {
            SERVER.adminApi().discovery().startScan(longScan).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("max-running"));
        } finally {
            started.forEach(id -> SERVER.adminApi().discovery().cancelScan(id));
            started.forEach(id -> await().atMost(Duration.ofSeconds(20)).until(() ->
                    SERVER.adminApi().discovery().scan(id).jsonPath().getString("finishedAt") != null));
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheScanEndpoints() {
        JsonPath document = SERVER.anonymous().get("/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(document.getMap("paths")).containsKeys("/api/discovery/scan/start",
                "/api/discovery/scan/status", "/api/discovery/scan/{jobId}", "/api/discovery/scan/{jobId}/cancel",
                "/api/discovery/network-info");
        assertThat(document.getMap("components.schemas")).containsKeys("ScanJob", "ScanHost", "ScanRequest");
        assertThat(document.getString("paths.'/api/discovery/scan/start'.post.responses.'202'.description"))
                .contains("Location");
    }

    @Test
    void badRequestsAreProblemsThatSayWhy() {
        badRequest(json("cidrs", List.of("127.0.0.0/8")), "the largest range allowed is /20");
        badRequest(json("cidrs", List.of("my cameras")), "'my cameras' is not an IPv4 network");
        badRequest(json("cidrs", List.of("198.51.100.0/24")), "198.51.100.0/24 is not a subnet of this host");
        badRequest(json("cidrs", List.of("127.0.0.2"), "ports", List.of(70000)), "ports are 1 to 65535");
        badRequest(json("ports", List.of(80)), "at least one network");
    }

    @Test
    void unknownJobsAre404() {
        SERVER.adminApi().discovery().scan(987654321).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no scan job 987654321"));
        SERVER.adminApi().discovery().cancelScan(987654321).then().statusCode(404);
    }

    @Test
    void networkInfoShowsTheInterfacesAndTheirSubnets() {
        JsonPath info = SERVER.adminApi().discovery().networkInfo().then().statusCode(200).extract()
                .jsonPath();
        assertThat(info.getList("interfaces.find { it.name == 'lo' }.addresses.subnet")).contains("127.0.0.0/8");
        assertThat(info.getBoolean("interfaces.find { it.name == 'lo' }.loopback")).isTrue();
    }

    private static void badRequest(String body, String detail) {
        SERVER.adminApi().discovery().startScan(body).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString(detail));
    }
}
