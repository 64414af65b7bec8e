package io.ohmvision.platform;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.testing.HealthSocketClient;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.StalledWebSocket;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a viewer can make the server spend, on a real Payara: snapshot decodes stay on a few threads however many are
 * asked for at once (the rest is 503 with Retry-After, never a 500), /ws/health takes a bounded number of clients,
 * and a client that stops reading is dropped while a well-behaved one keeps getting every event.
 */
class ViewerLimitsIT {

    private static final String CAMERA_USER = "admin";
    private static final String CAMERA_PASSWORD = "limits-Passw0rd";
    private static final String VIEWER = "watcher";
    private static final String VIEWER_PASSWORD = "watcher-Passw0rd";
    private static final int DECODERS = 4;
    private static final int SOCKET_CAP = 3;
    private static final int EVENTS_PER_PUSH = 100;

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.privateOnH2("viewer-limits")
            .withEnvironment("OHMVISION_HEALTH_SOCKET_MAX_SESSIONS", String.valueOf(SOCKET_CAP))
            .withEnvironment("OHMVISION_HEALTH_SOCKET_MAX_PENDING", "300");

    static RtspTestPeer peer;

    @BeforeAll
    static void startPeerAndViewer() {
        peer = RtspTestPeer.start(CAMERA_USER, CAMERA_PASSWORD, 8);
        SERVER.adminApi().users().create(json("username", VIEWER, "password", VIEWER_PASSWORD, "role", "viewer"))
                .then().statusCode(201);
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
    }

    @Test
    void aStormOfSnapshotRequestsIsAnsweredWithinAFewDecoderThreads() throws Exception {
        List<Long> cameras = new ArrayList<>();
        for (String path : List.of("/main", "/sub", "/ch1", "/ch2", "/ch3", "/ch4", "/ch5", "/ch6")) {
            cameras.add(SERVER.adminApi().cameras().create(json("name", "Storm " + path, "username", CAMERA_USER,
                    "password", CAMERA_PASSWORD, "primaryStreamUrl", peer.url(path))).then()
                    .statusCode(201).extract().jsonPath().getLong("id"));
        }
        int threadsBefore = threadsBesidesHttp();
        int requests = cameras.size() * 6;
        AtomicInteger mostDecoderThreads = new AtomicInteger();
        AtomicInteger mostThreads = new AtomicInteger();
        AtomicBoolean storming = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (storming.get()) {
                List<String> names = SERVER.payara().threadNames();
                mostThreads.accumulateAndGet(besidesHttp(names), Math::max);
                mostDecoderThreads.accumulateAndGet((int) names.stream()
                        .filter(name -> name.startsWith("ohmvision-vide")).count(), Math::max);
                pause(Duration.ofMillis(50));
            }
        });
        sampler.start();
        ExecutorService viewers = Executors.newFixedThreadPool(requests);
        List<Response> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long camera = cameras.get(i % cameras.size());
                pending.add(viewers.submit(() -> {
                    go.await();
                    return SERVER.apiAs(VIEWER, VIEWER_PASSWORD)
                            .with(r -> r.accept("image/jpeg, application/problem+json")).cameras().snapshot(camera);
                }));
            }
            go.countDown();
            for (Future<Response> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            storming.set(false);
            sampler.join();
            viewers.shutdownNow();
        }

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Response::statusCode,
                Collectors.counting()));
        System.out.printf("ViewerLimitsIT: %d snapshot requests at once on %d cameras: %s; decoder threads at most "
                + "%d, server threads besides HTTP %d before, at most %d during%n", requests, cameras.size(), byStatus,
                mostDecoderThreads.get(), threadsBefore, mostThreads.get());
        // 502 is the camera's answer (a peer busy tearing down, a machine too slow): bounded, and not this server's fault
        answers.stream().filter(a -> a.statusCode() == 502).map(a -> a.jsonPath().getString("detail")).distinct()
                .forEach(detail -> System.out.println("ViewerLimitsIT: 502 " + detail));
        assertThat(byStatus.keySet()).as("pictures, the camera's failures, 503s").isSubsetOf(200, 502, 503)
                .contains(503);
        answers.stream().filter(a -> a.statusCode() == 503).forEach(busy -> {
            assertThat(busy.header("Retry-After")).isEqualTo("2");
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.jsonPath().getString("detail")).contains("video decoders");
        });
        answers.stream().filter(a -> a.statusCode() == 200)
                .forEach(picture -> assertThat(picture.contentType()).isEqualTo("image/jpeg"));
        assertThat(mostDecoderThreads.get()).as("decoder threads").isBetween(1, DECODERS);
        // Payara's HTTP threads grow with the requests (up to its pool's size) and are left out; a thread per decode,
        // whatever its name, would show among the others (48 more before the pool)
        assertThat(mostThreads.get() - threadsBefore).as("threads besides HTTP the storm added")
                .isLessThanOrEqualTo(DECODERS + 16);

        Map<String, Object> decoders = SERVER.adminApi().health().status().then().statusCode(200).extract()
                .jsonPath().getMap("decoders");
        assertThat(decoders).containsEntry("size", DECODERS).containsEntry("forRequests", 2);
        // one refusal per decode: the requests that shared it share its refusal
        assertThat(((Number) decoders.get("refused")).longValue()).isBetween(1L, byStatus.get(503));
    }

    @Test
    void healthSocketClientsBeyondTheCapAreToldToTryAgainLater() throws Exception {
        List<WebSocket> admitted = new ArrayList<>();
        try {
            for (int i = 0; i < SOCKET_CAP; i++) {
                admitted.add(open(new CompletableFuture<>()));
            }
            CompletableFuture<Integer> refused = new CompletableFuture<>();
            open(refused);
            assertThat(refused.get(20, TimeUnit.SECONDS)).isEqualTo(1013);
        } finally {
            admitted.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        }
        // the closed sessions leave room again
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            CompletableFuture<Integer> closed = new CompletableFuture<>();
            WebSocket socket = open(closed);
            try {
                return closed.completeOnTimeout(-1, 1, TimeUnit.SECONDS).get() == -1;
            } finally {
                socket.abort();
            }
        });
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhileAnotherGetsEveryEvent() throws Exception {
        // a long name makes every event larger: the kernel's socket buffers (4 MB here) fill sooner
        long camera = SERVER.adminApi().cameras()
                .create(json("name", "Chatty " + "c".repeat(190), "connectionType", "webhook"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String secret = SERVER.adminApi().cameras().newWebhookSecret(camera).then().statusCode(200)
                .extract().jsonPath().getString("secret");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            new StalledWebSocket(SERVER.payara(), "/ws/health", "admin:" + RunningServer.ADMIN_PASSWORD).close();
            return true;
        });
        try (StalledWebSocket stalled = new StalledWebSocket(SERVER.payara(), "/ws/health",
                "admin:" + RunningServer.ADMIN_PASSWORD);
             HealthSocketClient reader = new HealthSocketClient(SERVER.payara())) {
            String notify = notify(EVENTS_PER_PUSH);
            int pushes = 20;
            for (int i = 0; i < pushes; i++) {
                SERVER.anonymousApi().with(r -> r.contentType("application/xml")
                        .body(notify.getBytes(StandardCharsets.UTF_8)).header(WebhookSignature.SIGNATURE_HEADER,
                                WebhookSignature.sign(secret, notify.getBytes(StandardCharsets.UTF_8))))
                        .webhooks().push(camera).then().statusCode(204);
            }
            int produced = pushes * EVENTS_PER_PUSH;
            await().atMost(Duration.ofSeconds(120)).until(() -> reader.received().stream()
                    .filter(m -> m.contains("\"webhook-event\"")).count() == produced);

            StalledWebSocket.Drained drained = stalled.drain(Duration.ofSeconds(10));
            System.out.printf("ViewerLimitsIT: %d events; the client that stopped reading got %d, then close %d '%s', "
                    + "connection closed by the server: %s%n", produced, drained.messages(), drained.closeCode(),
                    drained.closeReason(), drained.connectionClosed());
            assertThat(drained.closeCode()).as("closed for policy (too slow)").isEqualTo(1008);
            assertThat(drained.closeReason()).contains("too slow");
            assertThat(drained.messages()).as("what the server held for it").isEqualTo(300);
            assertThat(drained.connectionClosed()).isTrue();
        }
    }

    /** An ONVIF Notify carrying many messages, each with a long topic: many and large /ws/health events per push. */
    private static String notify(int messages) {
        String topic = "tns1:VideoSource/MotionAlarm/" + "x".repeat(150);
        String one = "<wsnt:NotificationMessage><wsnt:Topic>" + topic + "</wsnt:Topic><wsnt:Message>"
                + "<tt:Message UtcTime=\"2026-11-25T20:03:11Z\"><tt:Data><tt:SimpleItem Name=\"State\" Value=\"true\"/>"
                + "</tt:Data></tt:Message></wsnt:Message></wsnt:NotificationMessage>";
        return "<wsnt:Notify xmlns:wsnt=\"http://docs.oasis-open.org/wsn/b-2\" "
                + "xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
                + IntStream.range(0, messages).mapToObj(i -> one).collect(Collectors.joining()) + "</wsnt:Notify>";
    }

    /** A client of /ws/health that reports the close code the server sends it. */
    private static WebSocket open(CompletableFuture<Integer> closeCode) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + RunningServer.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Basic " + auth)
                .buildAsync(URI.create("ws://127.0.0.1:" + SERVER.payara().port() + "/ws/health"),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                                closeCode.complete(statusCode);
                                return null;
                            }
                        }).get(20, TimeUnit.SECONDS);
    }

    private static int threadsBesidesHttp() {
        return besidesHttp(SERVER.payara().threadNames());
    }

    /** Grizzly's request threads are "http-thread-pool::..." (the kernel keeps 15 characters of a name). */
    private static int besidesHttp(List<String> names) {
        return (int) names.stream().filter(name -> !name.startsWith("http-thread-poo")).count();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
