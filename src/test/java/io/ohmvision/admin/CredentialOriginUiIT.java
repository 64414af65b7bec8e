package io.ohmvision.admin;

import static io.ohmvision.testing.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.ChromeBrowser;
import io.ohmvision.testing.LoopbackPorts;
import io.ohmvision.testing.RunningServer;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's camera editor keeps stored passwords at their origins as the API does (it saves through the same
 * registry): an operator who points a camera elsewhere is refused with the reason until they type its password
 * again; an admin sees a "Move password" box and is refused until ticking it. Nothing connects to the new address
 * here: the cameras' URLs are closed loopback ports.
 */
class CredentialOriginUiIT {

    private static final String PASSWORD = "Console:origin#1";
    private static final String OPERATOR = "origin-console-operator";
    private static final String OPERATOR_PASSWORD = "Operator-Console-Passw0rd";

    @RegisterExtension
    @Order(1)
    static final RunningServer SERVER = RunningServer.sharedOnH2();

    @RegisterExtension
    @Order(2)
    static final ChromeBrowser BROWSER = new ChromeBrowser(SERVER);

    @BeforeAll
    static void operator() {
        SERVER.adminApi().users()
                .create(json("username", OPERATOR, "password", OPERATOR_PASSWORD, "role", "operator"))
                .then().statusCode(201);
    }

    @Test
    void anOperatorIsRefusedUntilTypingThePasswordAgain() {
        long id = camera("Console origin, operator");
        long version = read(id).getLong("version");
        String elsewhere = "rtsp://127.0.0.1:" + LoopbackPorts.free() + "/elsewhere";
        signIn(OPERATOR, OPERATOR_PASSWORD);
        openEditor(id);
        assertThat(BROWSER.driver().findElements(By.id("editor:move-credentials"))).as("admins only").isEmpty();
        BROWSER.type(By.id("editor:primary"), elsewhere);
        BROWSER.driver().findElement(By.id("editor:save")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:editor-messages"),
                "Send the password again"));
        BROWSER.screenshot("origin-01-operator-refused");
        assertThat(read(id).getLong("version")).as("a refused change changes nothing").isEqualTo(version);

        BROWSER.type(By.id("editor:password"), PASSWORD);
        BROWSER.driver().findElement(By.id("editor:save")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Camera saved"));
        assertThat(read(id).getString("primaryStreamUrl")).isEqualTo(elsewhere);
        assertThat(BROWSER.driver().getPageSource()).doesNotContain(PASSWORD);
    }

    @Test
    void anAdminMovesTheStoredPasswordOnlyByTickingTheBox() {
        long id = camera("Console origin, admin");
        String elsewhere = "rtsp://127.0.0.1:" + LoopbackPorts.free() + "/elsewhere";
        signIn("admin", RunningServer.ADMIN_PASSWORD);
        openEditor(id);
        BROWSER.type(By.id("editor:primary"), elsewhere);
        BROWSER.driver().findElement(By.id("editor:save")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:editor-messages"),
                "moveCredentials"));
        BROWSER.driver().findElement(By.cssSelector("#editor\\:move-credentials .ui-chkbox-box")).click();
        BROWSER.screenshot("origin-02-admin-moves");
        BROWSER.driver().findElement(By.id("editor:save")).click();
        BROWSER.await(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Camera saved"));
        JsonPath moved = read(id);
        assertThat(moved.getString("primaryStreamUrl")).isEqualTo(elsewhere);
        assertThat(moved.getBoolean("hasPassword")).isTrue();
    }

    private static void signIn(String user, String password) {
        BROWSER.signIn(user, password);
        BROWSER.await(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    private static void openEditor(long id) {
        BROWSER.open("/admin/cameras.xhtml");
        BROWSER.type(By.cssSelector("#cameras\\:table thead input.ui-column-filter"), "Console origin");
        BROWSER.awaitAjax();
        BROWSER.await(ExpectedConditions.elementToBeClickable(By.cssSelector(".camera-" + id + " .edit"))).click();
        BROWSER.await(ExpectedConditions.visibilityOfElementLocated(By.id("editor:primary")));
        BROWSER.awaitAjax();
    }

    /** A disabled camera (no health check changes its version meanwhile) with a stored password, on a closed port. */
    private static long camera(String name) {
        return SERVER.adminApi().cameras().create(json("name", name, "username", "admin", "password", PASSWORD,
                        "enabled", false, "primaryStreamUrl", "rtsp://127.0.0.1:" + LoopbackPorts.free() + "/home"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath read(long id) {
        return SERVER.adminApi().cameras().get(id).then().statusCode(200).extract().jsonPath();
    }
}
