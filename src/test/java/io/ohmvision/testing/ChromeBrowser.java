package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver) for the console's browser tests: the driver
 * and the browser are the installed ones, so Selenium downloads nothing. One browser per test class; screenshots go
 * to target/screenshots.
 */
public final class ChromeBrowser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** The real binary: /usr/bin/chromium is a wrapper script. */
    private static final Path BROWSER = Path.of("/usr/lib/chromium/chromium");
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final RunningServer server;
    private WebDriver driver;

    public ChromeBrowser(RunningServer server) {
        this.server = server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(DRIVER) || !Files.isExecutable(BROWSER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver; listed in src/test/peers/packages.txt)");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * A failed test leaves a picture of what the browser showed; a test after which the browser reports a script or
     * style refused by the pages' Content-Security-Policy fails: the console must work under its policy.
     */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        if (context.getExecutionException().isPresent()) {
            screenshot("failed-" + context.getRequiredTestMethod().getName());
            return;
        }
        List<String> refused = contentSecurityPolicyViolations();
        if (!refused.isEmpty()) {
            screenshot("csp-" + context.getRequiredTestMethod().getName());
            throw new AssertionError("The browser refused under the Content-Security-Policy: " + refused);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the server, e.g. "/admin/dashboard.xhtml". */
    public void open(String path) {
        driver.get(server.payara().baseUri().resolve(path).toString());
    }

    /** Signs in through the console's login page; the password is typed, never printed. */
    public void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login.xhtml");
        type(By.id("login:username"), user);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:signin")).click();
    }

    public void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return await(PATIENCE, condition);
    }

    /** Until the condition holds; an element replaced by an Ajax update while the condition reads it is read again. */
    public <T> T await(Duration patience, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, patience, Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits for PrimeFaces' Ajax queue to drain. */
    public void awaitAjax() {
        await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /**
     * What the browser refused under the pages' Content-Security-Policy since the last call (each is a console error
     * the browser logs by itself).
     */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public Path screenshot(String name) {
        try {
            Path directory = Files.createDirectories(TestPaths.target().resolve("screenshots"));
            Path file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
