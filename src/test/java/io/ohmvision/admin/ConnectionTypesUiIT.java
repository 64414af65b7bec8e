package io.ohmvision.admin;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.webhook.WebhookSignature;
import io.ohmvision.testing.ChromeBrowser;
import io.ohmvision.testing.NestSdmStandIn;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Recorders, webhook and Nest cameras in the console, in headless Chromium: the wizard reports a recorder with its
 * channels, and a recorder added on its page against a real RTSP server exposing Hikvision channel paths shows its
 * channels there and in the cameras table; a webhook camera added through the wizard shows its secret once, and a push it sends appears on its page without a reload; a Nest
 * project's cameras (a local server in Google's formats) are listed and one added, its page naming provider and
 * device, no token ever shown; a viewer finds none of the new edit controls. Screenshots go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectionTypesUiIT {

    private static final String NVR_USER = "admin";
    private static final String NVR_PASSWORD = "Nvr-Ui#p4ss";
    private static final String VIEWER = "looker";
    private static final String VIEWER_PASSWORD = "Viewer-Passw0rd";

    static final NestSdmStandIn GOOGLE = NestSdmStandIn.start();

    @RegisterExtension
    @Order(1)
    static final RunningServer SERVER = RunningServer.monitoringOnH2("types-ui")
            .withEnvironment("OHMVISION_CLOUD_NEST_TOKEN_URL", GOOGLE.tokenUrl().toString())
            .withEnvironment("OHMVISION_CLOUD_NEST_API_URL", GOOGLE.apiUrl().toString());

    @RegisterExtension
    @Order(2)
    static final ChromeBrowser BROWSER = new ChromeBrowser(SERVER);

    static RtspTestPeer nvr;
    static long webhookCameraId;

    @BeforeAll
    static void startRecorder() {
        nvr = RtspTestPeer.start(NVR_USER, NVR_PASSWORD, 0, "/Streaming/Channels/101=main",
                "/Streaming/Channels/102=sub", "/Streaming/Channels/201=sub", "/Streaming/Channels/301=sub");
    }

    @AfterAll
    static void stopPeers() {
        nvr.close();
        GOOGLE.close();
    }

    @Test
    @Order(10)
    void aRecorderAddedOnItsPageShowsItsChannelsThereAndInTheCamerasTable() {
        BROWSER.signIn("admin", RunningServer.ADMIN_PASSWORD);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        BROWSER.open("/admin/discovery.xhtml");
        BROWSER.type(By.id("wizard:detect-ip"), "127.0.0.1");
        BROWSER.type(By.id("wizard:detect-port_input"), String.valueOf(nvr.port()));
        BROWSER.script("PF('detectManufacturer').selectValue('hikvision')");
        BROWSER.type(By.id("wizard:detect-username"), NVR_USER);
        BROWSER.type(By.id("wizard:detect-password"), NVR_PASSWORD);
        BROWSER.driver().findElement(By.id("wizard:detectButton")).click();
        BROWSER.await(Duration.ofSeconds(60), ExpectedConditions.textToBePresentInElementLocated(
                By.id("recorder-description"), "recorder with 3 channels"));
        assertThat(BROWSER.driver().findElement(By.id("recorder-channels")).getText())
                .contains("/Streaming/Channels/201").contains("/Streaming/Channels/301");
        assertThat(BROWSER.driver().findElements(By.id("wizard:addRecorderButton"))).hasSize(1);
        assertThat(BROWSER.driver().findElements(By.id("wizard:addButton"))).isEmpty();
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(NVR_PASSWORD);
        BROWSER.screenshot("types-00-wizard-finds-a-recorder");

        BROWSER.open("/admin/recorders.xhtml");
        BROWSER.type(By.id("addRecorder:name"), "NVR console");
        BROWSER.type(By.id("addRecorder:ip"), "127.0.0.1");
        BROWSER.script("PF('recorderManufacturer').selectValue('hikvision')");
        BROWSER.type(By.id("addRecorder:channels_input"), "4");
        BROWSER.type(By.id("addRecorder:port_input"), String.valueOf(nvr.port()));
        BROWSER.type(By.id("addRecorder:username"), NVR_USER);
        BROWSER.type(By.id("addRecorder:password"), NVR_PASSWORD);
        BROWSER.driver().findElement(By.id("addRecorder:addButton")).click();
        BROWSER.await(Duration.ofSeconds(60), ExpectedConditions.textToBePresentInElementLocated(
                By.id("growl_container"), "Recorder added"));
        By recorder = By.xpath("//tr[contains(@class,'recorder-row')][contains(., 'NVR console')]");
        WebElement row = BROWSER.await(ExpectedConditions.presenceOfElementLocated(recorder));
        assertThat(row.findElements(By.cssSelector("li.channel"))).hasSize(3);
        assertThat(row.getText()).contains("ch1 NVR console ch1").contains("ch3 NVR console ch3");
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(NVR_PASSWORD);
        BROWSER.await(Duration.ofSeconds(60), d -> {
            d.navigate().refresh();
            return d.findElement(recorder).getText().contains("3 online");
        });
        BROWSER.screenshot("types-01-recorders");

        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".camera-row")));
        String table = BROWSER.driver().findElement(By.id("cameras:table")).getText();
        assertThat(table).contains("NVR console ch1", "NVR console ch2", "NVR console ch3").contains("nvr");
        BROWSER.screenshot("types-02-cameras-with-channels");
    }

    @Test
    @Order(20)
    void aWebhookCameraShowsItsSecretOnceAndItsPushesLive() {
        assertThat(SERVER.adminApi().discovery().autoDetect("{\"connectionType\": \"webhook\"}")
                .then().statusCode(200).extract().jsonPath()
                .getString("receiverUrl")).endsWith("/api/webhooks/{cameraId}");
        BROWSER.open("/admin/discovery.xhtml");
        BROWSER.type(By.id("webhookWizard:webhook-name"), "Doorbell pushes");
        BROWSER.driver().findElement(By.id("webhookWizard:createWebhook")).click();
        WebElement secretShown = BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("webhook-secret")));
        String secret = secretShown.getText();
        assertThat(secret).hasSizeGreaterThan(30);
        String receiver = BROWSER.driver().findElement(By.id("webhook-receiver")).getText();
        webhookCameraId = Long.parseLong(receiver.replaceAll(".*/api/webhooks/(\\d+)$", "$1"));
        BROWSER.screenshot("types-03-wizard-webhook");

        BROWSER.open("/admin/camera.xhtml?id=" + webhookCameraId);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("receiver-url")));
        assertThat(BROWSER.driver().findElement(By.id("receiver-url")).getText()).isEqualTo(receiver);
        assertThat(BROWSER.driver().getPageSource()).as("shown once").doesNotContain(secret);
        BROWSER.script("window.ohmNotReloaded = 'still the same page';");

        push(secret, "doorbell");
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("camera:events"), "doorbell"));
        // once the camera is online, a second push changes no health level: only the webhook event's own message on
        // the push channel can bring it onto the page
        BROWSER.await(d -> List.of("excellent", "good", "fair", "poor").contains(SERVER.adminApi()
                .health().camera(webhookCameraId).then().extract().jsonPath().getString("level")));
        push(secret, "tamper");
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("camera:events"), "tamper"));
        assertThat(BROWSER.script("return window.ohmNotReloaded;")).isEqualTo("still the same page");
        BROWSER.screenshot("types-04-webhook-push-live");

        BROWSER.driver().findElement(By.id("camera:generateSecret")).click();
        BROWSER.await(ExpectedConditions.elementToBeClickable(By.id("camera:confirm-yes"))).click();
        String next = BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("fresh-secret")))
                .getText();
        assertThat(next).hasSizeGreaterThan(30).isNotEqualTo(secret);
        BROWSER.open("/admin/camera.xhtml?id=" + webhookCameraId);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("receiver-url")));
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(next);
        assertThat(SERVER.payara().allLogs()).doesNotContain(secret).doesNotContain(next);
    }

    private static void push(String secret, String eventType) {
        byte[] body = ("{\"eventType\": \"" + eventType + "\", \"state\": \"active\", \"channel\": 1}")
                .getBytes(StandardCharsets.UTF_8);
        SERVER.anonymousApi().with(r -> r.contentType("application/json").body(body)
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, body)))
                .webhooks().push(webhookCameraId).then().statusCode(204);
    }

    @Test
    @Order(25)
    void aNestProjectsCamerasAreListedAndOneAddedWithoutATokenEverShown() {
        BROWSER.open("/admin/discovery.xhtml");
        BROWSER.type(By.id("nestWizard:nest-project"), NestSdmStandIn.PROJECT);
        BROWSER.type(By.id("nestWizard:nest-client"), NestSdmStandIn.CLIENT_ID);
        BROWSER.type(By.id("nestWizard:nest-secret"), NestSdmStandIn.CLIENT_SECRET);
        BROWSER.type(By.id("nestWizard:nest-refresh"), NestSdmStandIn.REFRESH_TOKEN);
        BROWSER.driver().findElement(By.id("nestWizard:listNest")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("nestWizard:nest-cameras"),
                NestSdmStandIn.RTSP_DEVICE));
        assertThat(BROWSER.driver().findElement(By.id("nestWizard:nest-cameras")).getText()).contains("RTSP")
                .contains(NestSdmStandIn.WEBRTC_DEVICE);
        BROWSER.screenshot("types-06-wizard-nest");

        BROWSER.driver().findElements(By.cssSelector(".add-nest")).get(0).click();
        WebElement added = BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("nestWizard:nest-added")));
        long id = Long.parseLong(added.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertNoNestSecret(BROWSER.driver().getPageSource());

        BROWSER.open("/admin/camera.xhtml?id=" + id);
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("cloud-device"),
                "project " + NestSdmStandIn.PROJECT + ", device " + NestSdmStandIn.RTSP_DEVICE));
        assertThat(BROWSER.driver().findElement(By.id("cloud-provider")).getText()).isEqualTo("google-nest");
        assertNoNestSecret(BROWSER.driver().getPageSource());
        BROWSER.screenshot("types-07-nest-camera");
    }

    private static void assertNoNestSecret(String text) {
        assertThat(text).doesNotContain(NestSdmStandIn.REFRESH_TOKEN).doesNotContain(NestSdmStandIn.CLIENT_SECRET);
    }

    @Test
    @Order(30)
    void aViewerSeesNoneOfTheNewEditControls() {
        SERVER.adminApi().users().create(json("username", VIEWER, "password", VIEWER_PASSWORD, "role", "viewer"))
                .then().statusCode(201);
        BROWSER.signIn(VIEWER, VIEWER_PASSWORD);
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "viewer"));

        BROWSER.open("/admin/recorders.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".recorder-row")));
        assertThat(BROWSER.driver().findElements(By.id("addRecorder:addButton"))).isEmpty();
        assertThat(BROWSER.driver().findElements(By.cssSelector(".delete-recorder"))).isEmpty();
        BROWSER.screenshot("types-05-recorders-as-viewer");

        BROWSER.open("/admin/camera.xhtml?id=" + webhookCameraId);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("receiver-url")));
        assertThat(BROWSER.driver().findElements(By.id("camera:generateSecret"))).isEmpty();

        BROWSER.open("/admin/discovery.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("viewer-note")));
        assertThat(BROWSER.driver().findElements(By.id("webhookWizard:createWebhook"))).isEmpty();
        assertThat(BROWSER.driver().findElements(By.id("nestWizard:listNest"))).isEmpty();
        BROWSER.screenshot("types-08-discovery-as-viewer");
    }
}
