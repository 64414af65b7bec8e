package io.ohmvision.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.testing.HealthSocketClient;
import io.ohmvision.testing.RunningServer;
import io.ohmvision.testing.api.OhmVisionApi;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cameras pushing to the webhook receiver on a real Payara: authenticated by the camera's own secret (signature or
 * token, no user), every refusal problem+json with nothing stored, events stored and sent on /ws/health, and the
 * camera's health following its pushes: online while it talks, offline after its allowed silence, back on the next
 * push.
 */
class WebhookIT {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.monitoringOnH2("webhook-h2");

    static HealthSocketClient socket;

    @BeforeAll
    static void listen() throws Exception {
        socket = new HealthSocketClient(SERVER.payara());
    }

    @AfterAll
    static void close() {
        socket.close();
    }

    private static final String HIKVISION_VMD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
            <ipAddress>127.0.0.1</ipAddress><portNo>80</portNo><protocol>HTTP</protocol>
            <channelID>1</channelID><dateTime>2026-11-25T21:03:11+01:00</dateTime><activePostCount>1</activePostCount>
            <eventType>VMD</eventType><eventState>active</eventState><eventDescription>Motion alarm</eventDescription>
            </EventNotificationAlert>""";

    private static final String ONVIF_NOTIFY = """
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:wsnt="http://docs.oasis-open.org/wsn/b-2"
                xmlns:tt="http://www.onvif.org/ver10/schema"><s:Body><wsnt:Notify><wsnt:NotificationMessage>
            <wsnt:Topic Dialect="http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet">tns1:VideoSource/MotionAlarm</wsnt:Topic>
            <wsnt:Message><tt:Message UtcTime="2026-11-25T20:03:11Z" PropertyOperation="Changed">
            <tt:Source><tt:SimpleItem Name="Source" Value="VideoSource_1"/></tt:Source>
            <tt:Data><tt:SimpleItem Name="State" Value="true"/></tt:Data></tt:Message></wsnt:Message>
            </wsnt:NotificationMessage></wsnt:Notify></s:Body></s:Envelope>""";

    private static long webhookCamera(String name, String offlineAfter) {
        return SERVER.adminApi().cameras().create("{\"name\": \"" + name + "\", \"connectionType\": \"webhook\", "
                        + "\"connectionConfig\": {\"webhook\": {\"offlineAfter\": \"" + offlineAfter + "\"}}}")
                .then().statusCode(201)
                .body("primaryStreamUrl", containsString("webhook://receiver/"))
                .extract().jsonPath().getLong("id");
    }

    private static String secretOf(long id) {
        return SERVER.adminApi().cameras().newWebhookSecret(id).then().statusCode(200)
                .body("receiverPath", equalTo("/api/webhooks/" + id)).extract().jsonPath().getString("secret");
    }

    /** A camera's push: no user, only what the camera itself knows. */
    private static OhmVisionApi camera(String contentType, String body) {
        return SERVER.anonymousApi().with(r -> r.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static OhmVisionApi signed(String secret, String contentType, String body) {
        return camera(contentType, body).with(r -> r.header(WebhookSignature.SIGNATURE_HEADER,
                WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8))));
    }

    private static int storedEvents(long id) {
        return SERVER.adminApi().webhooks().events(id).then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }

    @Test
    void refusalsAreProblemsAndStoreNothing() {
        long id = webhookCamera("Webhook refusals", "PT1H");
        String secret = secretOf(id);

        camera("application/xml", HIKVISION_VMD).webhooks().push(999999).then().statusCode(404)
                .contentType("application/problem+json");
        camera("application/xml", HIKVISION_VMD).with(r -> r.header(WebhookSignature.SIGNATURE_HEADER, "sha256=00ff"))
                .webhooks().push(id).then().statusCode(401).contentType("application/problem+json");
        camera("application/xml", HIKVISION_VMD).webhooks().push(id).then().statusCode(401);
        camera("application/xml", HIKVISION_VMD).with(r -> r.header(WebhookSignature.TOKEN_HEADER, "wrong"))
                .webhooks().push(id).then().statusCode(401);
        signed(secret, "application/json", "{\"eventType\": ").webhooks().push(id).then().statusCode(400)
                .contentType("application/problem+json");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<EventNotificationAlert><eventType>&x;</eventType></EventNotificationAlert>";
        signed(secret, "application/xml", xxe).webhooks().push(id).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("DOCTYPE"));
        signed(secret, "application/json", "{\"eventType\": \"" + "x".repeat(70_000) + "\"}")
                .webhooks().push(id).then().statusCode(413).contentType("application/problem+json");

        assertThat(storedEvents(id)).isZero();
        // reading events needs a user even though pushing does not
        SERVER.anonymousApi().webhooks().events(id).then().statusCode(401);
    }

    @Test
    void aTimestampedPushIsTakenFreshAndRefusedWhenReplayedLater() {
        long id = webhookCamera("Webhook timestamped", "PT1H");
        String secret = secretOf(id);
        byte[] body = HIKVISION_VMD.getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        camera("application/xml", HIKVISION_VMD).with(r -> r.header(WebhookSignature.TIMESTAMP_HEADER, now)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, now, body)))
                .webhooks().push(id).then().statusCode(204);
        long captured = now - 600;
        camera("application/xml", HIKVISION_VMD).with(r -> r.header(WebhookSignature.TIMESTAMP_HEADER, captured)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, captured, body)))
                .webhooks().push(id).then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString(WebhookSignature.TIMESTAMP_HEADER));
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void signedAndTokenPushesAreStoredAndSentLive() {
        long id = webhookCamera("Webhook gate", "PT1H");
        String secret = secretOf(id);

        signed(secret, "application/xml", HIKVISION_VMD).webhooks().push(id).then().statusCode(204);
        camera("application/json", "{\"event\": \"doorbell\", \"state\": \"pressed\", \"channel\": 1}")
                .with(r -> r.header(WebhookSignature.TOKEN_HEADER, secret)).webhooks().push(id).then().statusCode(204);
        camera("application/soap+xml", ONVIF_NOTIFY).with(r -> r.queryParam("token", secret)).webhooks().push(id)
                .then().statusCode(204);
        signed(secret, "application/xml", HIKVISION_VMD.replace("VMD", "videoloss").replace(">active<",
                ">inactive<")).webhooks().push(id).then().statusCode(204);

        JsonPath events = SERVER.adminApi().webhooks().events(id).then().statusCode(200)
                .extract().jsonPath();
        // newest first; the videoloss/inactive heartbeat counts for health but is not an event
        assertThat(events.getList("eventType")).containsExactly("tns1:VideoSource/MotionAlarm", "doorbell", "VMD");
        assertThat(events.getList("format")).containsExactly("onvif", "json", "hikvision");
        await().atMost(Duration.ofSeconds(10)).until(() -> socket.received().stream()
                .filter(m -> m.contains("\"webhook-event\"") && m.contains("\"cameraId\":" + id)).count() == 3);

        // a new secret replaces the old one at once
        String next = secretOf(id);
        signed(secret, "application/xml", HIKVISION_VMD).webhooks().push(id).then().statusCode(401);
        signed(next, "application/xml", HIKVISION_VMD).webhooks().push(id).then().statusCode(204);
    }

    @Test
    void healthFollowsThePushes() {
        long id = webhookCamera("Webhook heartbeat", "PT4S");
        String secret = secretOf(id);
        signed(secret, "application/json", "{\"type\": \"heartbeat\"}").webhooks().push(id).then()
                .statusCode(204);
        awaitLevel(id, "excellent");

        JsonPath offline = awaitLevel(id, "offline");
        assertThat(offline.getString("cause")).isEqualTo("TIMEOUT");
        assertThat(offline.getString("reason")).contains("more than the allowed silence of 4 s");
        assertThat(offline.getString("connectionType")).isEqualTo("webhook");
        assertThat(SERVER.adminApi().health().status().then().statusCode(200).extract().jsonPath()
                .getString("offline.find { it.cameraId == " + id + " }.connectionType")).isEqualTo("webhook");

        signed(secret, "application/json", "{\"type\": \"heartbeat\"}").webhooks().push(id).then()
                .statusCode(204);
        SERVER.adminApi().health().checkNow(id).then().statusCode(200);
        awaitLevel(id, "excellent");
        assertThat(SERVER.adminApi().cameras().probe(id).then().statusCode(200).extract()
                .jsonPath().getString("[0].result.channel")).isEqualTo("WEBHOOK");
    }

    @Test
    void autoDetectGivesTheReceiverUrlAndCreatesTheCameraWithItsSecretShownOnceToAnAdmin() {
        JsonPath preview = SERVER.adminApi().discovery()
                .autoDetect("{\"connectionType\": \"webhook\"}").then().statusCode(200)
                .extract().jsonPath();
        assertThat(preview.getString("receiverUrl")).endsWith("/api/webhooks/{cameraId}").startsWith("http");
        assertThat(preview.getString("signatureHeader")).isEqualTo(WebhookSignature.SIGNATURE_HEADER);
        assertThat(preview.getString("secret")).isNull();
        assertThat(preview.getString("cameraId")).isNull();

        io.restassured.response.Response created = SERVER.adminApi().discovery()
                .autoDetect("{\"connectionType\": \"webhook\", \"create\": true, \"name\": \"Webhook detected\"}");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("cameraId");
        String secret = created.jsonPath().getString("secret");
        assertThat(created.header("Location")).endsWith("/api/cameras/" + id);
        assertThat(created.jsonPath().getString("receiverUrl")).endsWith("/api/webhooks/" + id);
        assertThat(secret).hasSizeGreaterThan(30);
        assertThat(SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().asString())
                .contains("\"connectionType\":\"webhook\"").doesNotContain(secret);
        signed(secret, "application/xml", HIKVISION_VMD).webhooks().push(id).then().statusCode(204);
        assertThat(storedEvents(id)).isEqualTo(1);
        assertThat(SERVER.payara().allLogs()).doesNotContain(secret);

        SERVER.anonymousApi().discovery().autoDetect("{\"connectionType\": \"webhook\"}")
                .then().statusCode(401);
        SERVER.adminApi().discovery().autoDetect("{\"connectionType\": \"usb\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("webhook"));
    }

    @Test
    void theOpenApiDocumentDescribesTheReceiver() {
        JsonPath document = SERVER.anonymous().accept(ContentType.JSON).get("/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(document.getMap("paths")).containsKeys("/api/webhooks/{cameraId}",
                "/api/webhooks/{cameraId}/events", "/api/cameras/{id}/webhook-secret");
        assertThat(document.getString("paths.'/api/webhooks/{cameraId}'.post.description"))
                .contains(WebhookSignature.SIGNATURE_HEADER);
    }

    private static JsonPath awaitLevel(long id, String level) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).until(() -> level.equals(
                SERVER.adminApi().health().camera(id).then().extract().jsonPath().getString("level")));
        return SERVER.adminApi().health().camera(id).then().extract().jsonPath();
    }
}
