package io.ohmvision.admin;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.ChromeBrowser;
import io.ohmvision.testing.RtspTestPeer;
import io.ohmvision.testing.RunningServer;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console in headless Chromium against OhmVision on Payara Micro, monitoring a real RTSP server on a schedule of
 * seconds: sign in, add a camera through the discovery wizard (scan, auto-detect with credentials, add), see a
 * camera go Excellent, act on it from its page, stop its server and watch the dashboard turn it Offline without a
 * reload; a viewer finds no edit control, a forged edit request changes nothing, and signing out closes the console.
 * Each page is photographed into target/screenshots.
 * <p>
 * Every test starts signed out with no camera stored and adds the cameras it needs, so the tests pass in any order
 * and one failure does not hide the others.
 */
class ConsoleUiIT {

    private static final String CAMERA_USER = "admin";
    private static final String CAMERA_PASSWORD = "Ui:cam#p4ss";
    private static final String VIEWER = "watcher";
    private static final String VIEWER_PASSWORD = "Viewer-Passw0rd";
    private static final String CAMERA_NAME = "Gate from the wizard";

    @RegisterExtension
    @Order(1)
    static final RunningServer SERVER = RunningServer.monitoringOnH2("console-ui");

    @RegisterExtension
    @Order(2)
    static final ChromeBrowser BROWSER = new ChromeBrowser(SERVER);

    static RtspTestPeer peer;

    @BeforeAll
    static void startCameraAndAddTheViewer() {
        peer = startPeer();
        SERVER.adminApi().users().create(json("username", VIEWER, "password", VIEWER_PASSWORD, "role", "viewer"))
                .then().statusCode(201);
    }

    private static RtspTestPeer startPeer() {
        return RtspTestPeer.start(CAMERA_USER, CAMERA_PASSWORD, 0, "/Streaming/Channels/101=main",
                "/Streaming/Channels/102=sub");
    }

    @AfterAll
    static void stopCamera() {
        peer.close();
    }

    /** What a test left behind (even a failed one) is gone before the next starts. */
    @BeforeEach
    void signedOutWithNoCamera() {
        BROWSER.driver().manage().deleteAllCookies();
        SERVER.adminApi().cameras().list("size=500").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)
                .forEach(id -> SERVER.adminApi().cameras().delete(id).then().statusCode(204));
    }

    private static void signInAsAdmin() {
        BROWSER.signIn("admin", RunningServer.ADMIN_PASSWORD);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("count-excellent")));
    }

    /** The camera the wizard adds (its test shows how), stored through the API. */
    private static long addTheWizardsCamera(RtspTestPeer on) {
        return SERVER.adminApi().cameras().create(json("name", CAMERA_NAME, "manufacturer", "hikvision",
                        "primaryStreamUrl", on.url("/Streaming/Channels/101"),
                        "secondaryStreamUrl", on.url("/Streaming/Channels/102"),
                        "username", CAMERA_USER, "password", CAMERA_PASSWORD))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The wizard's camera once a scheduled check found it Excellent (it then has a latency, uptime, last check). */
    private static long anExcellentCamera() {
        long id = addTheWizardsCamera(peer);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "excellent".equals(SERVER.adminApi().health()
                .camera(id).then().statusCode(200).extract().jsonPath().getString("level")));
        return id;
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensTheDashboard() {
        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("login:signin")));
        BROWSER.screenshot("01-login");

        BROWSER.type(By.id("login:username"), "admin");
        BROWSER.type(By.id("login:password"), "not-the-password");
        BROWSER.driver().findElement(By.id("login:signin")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "Wrong user name or password"));

        BROWSER.signIn("admin", RunningServer.ADMIN_PASSWORD);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("count-excellent")));
        BROWSER.open("/admin/");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("count-excellent")));
        assertThat(BROWSER.driver().findElement(By.id("signed-in-as")).getText()).contains("admin (admin)");
        BROWSER.screenshot("02-dashboard-empty");
    }

    @Test
    void theWizardScansAutoDetectsWithCredentialsAndAddsTheCameraInOneClick() {
        signInAsAdmin();
        BROWSER.open("/admin/discovery.xhtml");
        BROWSER.type(By.id("wizard:cidrs"), "127.0.0.1/32");
        BROWSER.type(By.id("wizard:ports"), String.valueOf(peer.port()));
        BROWSER.driver().findElement(By.id("wizard:startScan")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("scan-state"), "completed"));
        // The bar animates to its new value and writes its label at the end of the animation.
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard:scan-progress"), "100"));
        assertThat(BROWSER.driver().findElement(By.id("wizard:hosts")).getText()).contains("127.0.0.1")
                .contains(String.valueOf(peer.port()));
        BROWSER.screenshot("03-wizard-scan");
        assertThat(postsAfter(Duration.ofSeconds(3))).as("the progress poll stops when the scan ends").isZero();

        BROWSER.driver().findElement(By.cssSelector("#wizard\\:hosts .choose")).click();
        BROWSER.await(d -> "127.0.0.1".equals(d.findElement(By.id("wizard:detect-ip")).getAttribute("value")));
        BROWSER.script("PF('detectManufacturer').selectValue('hikvision')");
        BROWSER.type(By.id("wizard:detect-username"), CAMERA_USER);
        BROWSER.type(By.id("wizard:detect-password"), CAMERA_PASSWORD);
        BROWSER.type(By.id("wizard:detect-name"), CAMERA_NAME);
        BROWSER.driver().findElement(By.id("wizard:detectButton")).click();
        BROWSER.await(Duration.ofSeconds(60), ExpectedConditions.presenceOfElementLocated(By.id("detect-summary")));
        List<String> outcomes = BROWSER.driver().findElements(By.cssSelector(".candidate-outcome")).stream()
                .map(WebElement::getText).toList();
        assertThat(outcomes).as("every candidate shows its outcome").isNotEmpty().contains("OK")
                .allMatch(o -> !o.isBlank());
        assertThat(BROWSER.driver().findElement(By.id("chosen-main")).getText())
                .startsWith("rtsp://").contains("127.0.0.1:" + peer.port()).doesNotContain(CAMERA_PASSWORD);
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(CAMERA_PASSWORD);
        BROWSER.screenshot("04-wizard-auto-detect");

        BROWSER.driver().findElement(By.id("wizard:addButton")).click();
        WebElement added = BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("wizard:added")));
        long cameraId = Long.parseLong(added.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertThat(SERVER.adminApi().cameras().get(cameraId).then().statusCode(200).extract().jsonPath()
                .getBoolean("hasPassword")).isTrue();
    }

    @Test
    void theCameraGoesExcellentInTheTable() {
        long cameraId = addTheWizardsCamera(peer);
        signInAsAdmin();
        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".camera-" + cameraId + " .level-excellent")));
        assertThat(BROWSER.driver().findElement(By.cssSelector(".camera-" + cameraId)).getText())
                .contains(CAMERA_NAME).contains("ms");
        BROWSER.screenshot("05-cameras");

        By nameFilter = By.cssSelector("#cameras\\:table thead input.ui-column-filter");
        BROWSER.type(nameFilter, "no such camera");
        BROWSER.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".camera-" + cameraId)));
        BROWSER.type(nameFilter, "wizard");
        BROWSER.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".camera-" + cameraId)));

        BROWSER.driver().findElement(By.cssSelector(".camera-" + cameraId + " .edit")).click();
        BROWSER.await(ExpectedConditions.visibilityOfElementLocated(By.id("editor:name")));
        assertThat(BROWSER.driver().findElement(By.id("editor:password")).getAttribute("value")).isEmpty();
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(CAMERA_PASSWORD);
        BROWSER.screenshot("06-camera-editor");
    }

    @Test
    void savingTheEditorKeepsWhatItDoesNotShow() {
        // Fields the dialog has no input for; disabled, so no health check changes the camera's version meanwhile.
        long id = SERVER.adminApi().cameras().create(Json.createObjectBuilder().add("name", "Kept fields")
                        .add("primaryStreamUrl", "rtsp://127.0.0.1:9/kept").add("enabled", false)
                        .add("firmwareVersion", "V5.7.3").add("serialNumber", "DS2143-0001")
                        .add("macAddress", "44:19:B6:01:02:03")
                        .add("connectionConfig", Json.createObjectBuilder()
                                .add("tls", Json.createObjectBuilder().add("trust", "first-use")))
                        .build().toString())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        signInAsAdmin();
        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.await(ExpectedConditions.elementToBeClickable(By.cssSelector(".camera-" + id + " .edit"))).click();
        BROWSER.await(ExpectedConditions.visibilityOfElementLocated(By.id("editor:name")));
        BROWSER.type(By.id("editor:name"), "Kept fields, renamed");
        BROWSER.driver().findElement(By.id("editor:save")).click();
        BROWSER.await(d -> !textOf(d, "growl_container").isBlank() || !textOf(d, "editor:editor-messages").isBlank());
        assertThat(textOf(BROWSER.driver(), "editor:editor-messages")).isBlank();
        assertThat(textOf(BROWSER.driver(), "growl_container")).contains("Camera saved");

        JsonPath saved = SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getString("name")).isEqualTo("Kept fields, renamed");
        assertThat(saved.getString("firmwareVersion")).isEqualTo("V5.7.3");
        assertThat(saved.getString("serialNumber")).isEqualTo("DS2143-0001");
        assertThat(saved.getString("macAddress")).isEqualTo("44:19:B6:01:02:03");
        assertThat(saved.getString("connectionConfig.tls.trust")).isEqualTo("first-use");
        assertThat(saved.getBoolean("enabled")).isFalse();
    }

    private static String textOf(WebDriver driver, String id) {
        return driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    @Test
    void everyColumnSortsBothWaysAndTheFiltersNarrowTheTable() {
        long cameraId = anExcellentCamera();
        // never checked (disabled) and on a closed loopback port: no latency, uptime or last check to sort by
        long idle = SERVER.adminApi().cameras().create(json("name", "Archive idle",
                "primaryStreamUrl", "rtsp://127.0.0.1:9/none", "enabled", false)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        signInAsAdmin();
        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".camera-" + idle)));

        sortBy("Name");
        assertThat(firstRow()).contains("camera-" + idle);
        sortBy("Name");
        assertThat(firstRow()).contains("camera-" + cameraId);
        for (String column : List.of("Latency", "Uptime 30 d", "Last check")) {
            for (int direction = 0; direction < 2; direction++) {
                sortBy(column);
                assertThat(firstRow()).as("a camera without a %s comes last both ways", column)
                        .contains("camera-" + cameraId);
            }
        }
        sortBy("Address");
        assertThat(firstRow()).as("port 9 first").contains("camera-" + idle);
        sortBy("Address");
        assertThat(firstRow()).contains("camera-" + cameraId);
        for (String column : List.of("Status", "Manufacturer", "Type")) {
            sortBy(column);
            sortBy(column);
            assertThat(BROWSER.driver().findElements(By.cssSelector("#cameras\\:table_data > tr.camera-row")))
                    .as("sorted by %s", column).hasSizeGreaterThanOrEqualTo(2);
        }

        By address = filterOf("Address");
        BROWSER.type(address, "127.0.0.1:" + peer.port());
        BROWSER.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".camera-" + idle)));
        assertThat(BROWSER.driver().findElements(By.cssSelector(".camera-" + cameraId))).hasSize(1);
        BROWSER.type(address, "");
        BROWSER.type(filterOf("Manufacturer"), "HIKV");
        BROWSER.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".camera-" + idle)));
        BROWSER.type(filterOf("Manufacturer"), "");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".camera-" + idle)));
        BROWSER.script("var level = document.querySelector('#cameras\\\\:table thead select');"
                + "level.value = 'excellent'; PF('cameras').filter();");
        BROWSER.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".camera-" + idle)));
        assertThat(BROWSER.driver().findElements(By.cssSelector(".camera-" + cameraId))).hasSize(1);
        BROWSER.screenshot("06a-cameras-sorted-filtered");
    }

    private static void sortBy(String column) {
        BROWSER.driver().findElement(By.xpath("//th//span[contains(@class,'ui-column-title') and text()='" + column
                + "']")).click();
        BROWSER.awaitAjax();
    }

    private static By filterOf(String column) {
        return By.xpath("//th[.//span[contains(@class,'ui-column-title') and text()='" + column + "']]//input");
    }

    private static String firstRow() {
        return BROWSER.driver().findElement(By.cssSelector("#cameras\\:table_data > tr")).getAttribute("class");
    }

    @Test
    void theDialogsAddAndRemoveACameraAndExplainARefusal() {
        addTheWizardsCamera(peer);
        signInAsAdmin();
        openTheEditorForANewCamera();
        BROWSER.driver().findElement(By.id("editor:save")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:editor-messages"),
                "name must not be blank"));

        saveInTheEditor("Sub stream");
        By row = By.xpath("//tr[contains(@class,'camera-row')][contains(., 'Sub stream')]");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(CAMERA_PASSWORD);

        BROWSER.driver().findElement(row).findElement(By.cssSelector(".delete")).click();
        BROWSER.await(ExpectedConditions.elementToBeClickable(By.id("cameras:confirm-yes"))).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Camera removed"));
        BROWSER.await(ExpectedConditions.invisibilityOfElementLocated(row));
        assertThat(SERVER.adminApi().cameras().list("size=50").then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class)).containsExactly(CAMERA_NAME);
    }

    private static void openTheEditorForANewCamera() {
        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.await(ExpectedConditions.elementToBeClickable(By.id("cameras:add"))).click();
        BROWSER.await(ExpectedConditions.visibilityOfElementLocated(By.id("editor:name")));
    }

    /** Fills the open editor with a camera on the peer's sub stream, its password typed, and saves it. */
    private static void saveInTheEditor(String name) {
        BROWSER.type(By.id("editor:name"), name);
        BROWSER.type(By.id("editor:primary"), peer.url("/Streaming/Channels/102"));
        BROWSER.type(By.id("editor:username"), CAMERA_USER);
        BROWSER.type(By.id("editor:password"), CAMERA_PASSWORD);
        BROWSER.driver().findElement(By.id("editor:save")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Camera added"));
    }

    @Test
    void theDetailPageChecksAndProbesAndSaysWhatHappened() {
        long cameraId = anExcellentCamera();
        signInAsAdmin();
        BROWSER.open("/admin/camera.xhtml?id=" + cameraId);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("camera:checkNow"))).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Checked"));
        BROWSER.driver().findElement(By.id("camera:probeAll")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "All channels answer"));
        assertThat(BROWSER.driver().findElement(By.id("camera:channels")).getText()).contains("PRIMARY")
                .contains("SECONDARY").contains("OK");
        assertThat(BROWSER.driver().findElements(By.cssSelector("svg.latency-chart"))).hasSize(1);
        assertThat(BROWSER.driver().findElements(By.cssSelector("#uptime-bar span"))).hasSize(30);
        // The snapshot is a decoded frame of the camera's stream, served under the console's login.
        BROWSER.await(Duration.ofSeconds(60), d -> (Boolean) BROWSER.script(
                "var img = document.getElementById('snapshot'); return img.complete && img.naturalWidth > 0;"));
        BROWSER.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-blockui")));
        BROWSER.screenshot("07-camera-detail");
    }

    @Test
    void theDashboardTurnsTheCameraOfflineLiveWithoutReloading() {
        // A server of its own: this test stops it (closing it again at the end is harmless).
        try (RtspTestPeer goingDark = startPeer()) {
            addTheWizardsCamera(goingDark);
            signInAsAdmin();
            BROWSER.open("/admin/dashboard.xhtml");
            BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("count-excellent"), "1"));
            BROWSER.script("window.ohmNotReloaded = 'still the same page';");

            goingDark.close();

            BROWSER.await(Duration.ofSeconds(45), ExpectedConditions.textToBePresentInElementLocated(
                    By.id("dashboard:offline"), CAMERA_NAME));
            assertThat(BROWSER.script("return window.ohmNotReloaded;")).isEqualTo("still the same page");
            assertThat(BROWSER.driver().findElement(By.id("count-offline")).getText()).contains("1");
            assertThat(BROWSER.driver().findElement(By.id("dashboard:offline")).getText()).contains("refused");
            assertThat(BROWSER.driver().findElement(By.id("live-status")).getText()).contains(CAMERA_NAME);
            BROWSER.screenshot("08-dashboard-offline-live");
        }
    }

    @Test
    void theCatalogueShowsTemplatesWithTheirSources() {
        signInAsAdmin();
        BROWSER.open("/admin/manufacturers.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.linkText("Hikvision")));
        BROWSER.screenshot("09-manufacturers");
        BROWSER.driver().findElement(By.linkText("Hikvision")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("manufacturer-name"), "Hikvision"));
        assertThat(BROWSER.driver().findElement(By.id("templates")).getText()).contains("/Streaming/Channels/")
                .contains("rtsp://192.0.2.10:554/Streaming/Channels/102").containsPattern("S\\d+ ");
        BROWSER.screenshot("10-manufacturer-templates");
    }

    @Test
    void aViewerSeesNoEditControlAndAForgedEditChangesNothing() {
        long cameraId = addTheWizardsCamera(peer);
        BROWSER.signIn(VIEWER, VIEWER_PASSWORD);
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "viewer"));

        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".camera-" + cameraId)));
        assertThat(BROWSER.driver().findElements(By.id("cameras:add"))).isEmpty();
        assertThat(BROWSER.driver().findElements(By.cssSelector(".edit, .delete"))).isEmpty();
        assertThat(BROWSER.driver().findElements(By.id("editor:save"))).isEmpty();
        BROWSER.screenshot("11-cameras-as-viewer");

        BROWSER.script("PrimeFaces.ab({s: 'cameras:table:0:delete', f: 'cameras', p: 'cameras:table:0:delete',"
                + " u: 'cameras'});");
        BROWSER.awaitAjax();
        SERVER.adminApi().cameras().get(cameraId).then().statusCode(200);

        BROWSER.open("/admin/camera.xhtml?id=" + cameraId);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("camera-name")));
        assertThat(BROWSER.driver().findElements(By.id("camera:checkNow"))).isEmpty();
        assertThat(BROWSER.driver().findElements(By.id("camera:reconnect"))).isEmpty();

        BROWSER.open("/admin/discovery.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("viewer-note")));
        assertThat(BROWSER.driver().findElements(By.id("wizard:startScan"))).isEmpty();
        BROWSER.screenshot("12-discovery-as-viewer");

        BROWSER.driver().findElement(By.id("account:logout")).click();
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("login:signin")));
        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("login:signin")));
    }

    @Test
    void theConsoleRunsUnderAContentSecurityPolicyThatRefusesInjectedScripts() {
        signInAsAdmin();
        Object ran = BROWSER.script("var s = document.createElement('script');"
                + "s.textContent = 'window.injected = true;'; document.body.appendChild(s); return !!window.injected;");
        assertThat(ran).isEqualTo(false);
        assertThat(BROWSER.contentSecurityPolicyViolations()).as("the refusal is what ChromeBrowser looks for after"
                + " every test").anySatisfy(message -> assertThat(message).contains("script-src"));
    }

    @Test
    void noPasswordTypedIntoTheConsoleReachesTheServerLog() {
        // Types each password itself (the other tests, whichever ran before, typed them too).
        BROWSER.signIn(VIEWER, VIEWER_PASSWORD);
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "viewer"));
        signInAsAdmin();
        openTheEditorForANewCamera();
        saveInTheEditor("Typed password");
        assertThat(SERVER.payara().allLogs()).doesNotContain(CAMERA_PASSWORD).doesNotContain(VIEWER_PASSWORD)
                .doesNotContain(RunningServer.ADMIN_PASSWORD);
    }

    /** Ajax posts the page makes within the given time. */
    private static long postsAfter(Duration wait) {
        String count = "return performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType === 'xmlhttprequest').length;";
        long before = (Long) BROWSER.script(count);
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (Long) BROWSER.script(count) - before;
    }
}
