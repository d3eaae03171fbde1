package org.eventbase.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session driven by Selenium through Debian's {@code chromedriver}, for the click-through UI
 * tests. Both programs are named explicitly, so Selenium Manager never runs (nothing is downloaded). Every page
 * gets {@code window.alert} replaced by a counter before its own scripts run, so a test can prove that no alert
 * fired. Example:
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start()) {
 *     browser.open(server.uri("/"));
 *     browser.until(d -> d.findElement(By.id("status")).getText().contains("events"));
 *     browser.screenshot("main-page");   // target/screenshots/main-page.png
 * }
 * }</pre>
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String COUNT_ALERTS = "window.__alerts = 0; window.alert = function () { window.__alerts++; };"
            + " window.confirm = window.alert; window.prompt = window.alert;";

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser; fails naming the Debian package when chromium or chromedriver is missing. */
    static HeadlessChromium start() {
        require(CHROMIUM, "chromium");
        require(CHROMEDRIVER, "chromium-driver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--lang=en-US", "--no-first-run", "--disable-extensions");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT_ALERTS));
        return new HeadlessChromium(driver);
    }

    private static void require(Path program, String debianPackage) {
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException(program + " is missing; the browser tests need Debian's " + debianPackage
                    + ": apt-get install -y " + debianPackage);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(URI uri) {
        driver.get(uri.toString());
    }

    /**
     * Waits up to 20 s until {@code condition} answers something other than null or false; elements that the page
     * replaced while the condition looked at them count as not yet.
     */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** How many times the current page called alert, confirm or prompt. */
    long alertsFired() {
        return ((Number) driver.executeScript("return window.__alerts;")).longValue();
    }

    /**
     * Saves what the window shows, once the map's zoom and cluster animations are over, as
     * {@code target/screenshots/NAME.png}, and answers the file.
     */
    Path screenshot(String name) {
        until(d -> d.findElements(By.cssSelector(".leaflet-zoom-anim, .leaflet-cluster-anim")).isEmpty());
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path to = SCREENSHOTS.resolve(name + ".png");
            Files.move(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
