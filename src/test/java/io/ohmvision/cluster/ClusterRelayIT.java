package io.ohmvision.cluster;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.testing.HealthSocketClient;
import io.ohmvision.testing.LoopbackPorts;
import io.ohmvision.testing.OnPostgres;
import io.ohmvision.testing.PayaraCluster;
import io.ohmvision.testing.PayaraMicro;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.TestDatabase;
import io.ohmvision.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data grid as an attacker on the network would meet it: it listens on the members' own address only, a member
 * that would listen on every interface refuses to run, and what a member without the cluster's credential key
 * publishes (here: a member configured with a key of its own) reaches no client of the others and is reported once.
 */
@OnPostgres
class ClusterRelayIT {

    private static final Map<String, String> QUIET = Map.of("OHMVISION_HEALTH_ENABLED", "false");
    private static final String OHMV_PUSH = """
            {"eventType": "VMD", "state": "active", "channel": "1"}""";

    static PayaraCluster cluster;
    static TestDatabase openGridDatabase;
    static PayaraMicro openGrid;
    static String openGridFailure;

    @BeforeAll
    static void start() {
        // a member as Payara Micro starts it by default, in a cluster of its own
        openGridDatabase = TestDatabase.freshPostgres();
        int gridPort = LoopbackPorts.free();
        Map<String, String> env = new HashMap<>(openGridDatabase.environment());
        env.putAll(Map.of("OHMVISION_DATA_DIR", TestPaths.freshDirectory("relay-it-open-data").toString(),
                "OHMVISION_ADMIN_PASSWORD", RunningServer.ADMIN_PASSWORD, "OHMVISION_CREDENTIALS_KEY", newKey(),
                "OHMVISION_CLUSTER_NAME", "relay-it-open", "OHMVISION_CLUSTER_MEMBERS", "127.0.0.1:" + gridPort,
                "OHMVISION_CLUSTER_PORT", String.valueOf(gridPort), "OHMVISION_HEALTH_ENABLED", "false"));
        openGrid = new PayaraMicro("relay-it-open-grid", env).withGridOnEveryInterface();
        // booted after the pair, not beside it: three boots at once on two cores outlasted the boot timeout
        cluster = PayaraCluster.start("relay-it", 2, QUIET, member -> Map.of("OHMVISION_CREDENTIALS_KEY", newKey()));
        try {
            openGrid.start();
            openGridFailure = "it started";
        } catch (IllegalStateException refused) {
            openGridFailure = refused.getMessage();
        }
    }

    @AfterAll
    static void stop() {
        Stream.of(openGrid, cluster, openGridDatabase).filter(java.util.Objects::nonNull).forEach(c -> {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("cleanup: " + e);
            }
        });
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void theDataGridListensOnTheMembersAddressOnly() throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-ltnH").redirectErrorStream(true).start();
        List<String> listening = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(line -> line.trim().split("\\s+")[3]).toList();
        ss.waitFor();
        for (int member = 0; member < cluster.size(); member++) {
            String port = ":" + cluster.gridPort(member);
            List<String> sockets = listening.stream().filter(address -> address.endsWith(port)).toList();
            System.out.println("ClusterRelayIT: member " + member + "'s data grid listens on " + sockets);
            assertThat(sockets).isNotEmpty()
                    .allMatch(address -> address.equals("127.0.0.1" + port)
                            || address.equals("[::ffff:127.0.0.1]" + port));
        }
    }

    @Test
    void aMemberWhoseGridListensOnEveryInterfaceRefusesToRun() {
        assertThat(openGridFailure).as("the deployment failed").contains("failed to deploy");
        assertThat(openGrid.logText()).contains("The data grid listens on every network interface")
                .contains("OHMVISION_CLUSTER_ADDRESS");
    }

    @Test
    void messagesOfAMemberWithAnotherKeyReachNoClientOfTheOthersAndAreReportedOnce() throws Exception {
        long camera = cluster.adminApi(1).cameras().create(json("name", "Pusher", "connectionType", "webhook"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String secret = cluster.adminApi(1).cameras().newWebhookSecret(camera).then().statusCode(200)
                .extract().jsonPath().getString("secret");
        try (HealthSocketClient onFirst = new HealthSocketClient(cluster.member(0));
             HealthSocketClient onSecond = new HealthSocketClient(cluster.member(1))) {
            int pushes = 5;
            for (int i = 0; i < pushes; i++) {
                byte[] body = OHMV_PUSH.getBytes(StandardCharsets.UTF_8);
                cluster.anonymousApi(1).with(r -> r.contentType("application/json")
                        .body(body).header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, body)))
                        .webhooks().push(camera).then().statusCode(204);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> webhookEvents(onSecond) == pushes);
            // relayed messages take milliseconds; give the refused ones ample time to (not) arrive
            Thread.sleep(3_000);

            assertThat(webhookEvents(onFirst)).as("events relayed by a member with another key").isZero();
        }
        String sender = "127.0.0.1:" + cluster.gridPort(1);
        List<String> reports = cluster.member(0).logText().lines()
                .filter(line -> line.contains("Dropped a relayed message from member")).toList();
        assertThat(reports).as("one report for the camera, its secret and five pushes").hasSize(1);
        assertThat(reports.get(0)).contains(sender).contains("OHMVISION_CREDENTIALS_KEY");
        assertThat(cluster.member(0).logText()).doesNotContain("Could not relay an event");
    }

    private static long webhookEvents(HealthSocketClient client) {
        return client.received().stream().filter(m -> m.contains("\"webhook-event\"")).count();
    }
}
