package no.samspill.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser against the running portal (./mvnw -Pbrowser verify, see README): Debian's chromium through its
 * chromedriver, with the helpers the journeys share. Screenshots go to target/browser/; a Content-Security-Policy
 * message in the console fails the test.
 */
abstract class BrowserSession {


    protected static final String BASE = System.getProperty("samspill.url", "http://localhost:8080");
    protected static final Path SHOTS = Path.of("target", "browser");
    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("samspill.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--lang=nb-NO",
                "--user-data-dir=" + Files.createTempDirectory("samspill-chromium"));
        // the console, read after each test: a Content-Security-Policy violation fails it
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("samspill.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        // polled every 50 ms, not Selenium's 500: most conditions hold within a round trip, and the sweep waits
        // on hundreds of them
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
        // a grid re-renders its cells while a condition reads them: read again rather than fail
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (driver == null) {
            return;
        }
        try {
            List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
            assertThat(violations).as("CSP violations in the browser console").isEmpty();
        } finally {
            driver.quit();
        }
    }

    protected void clickId(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected void clickText(String tag, String text) {
        WebElement element = wait.until(d -> d.findElements(By.cssSelector(tag)).stream()
                .filter(e -> e.getText().trim().equals(text)).findFirst().orElse(null));
        // rows further down a grid may be outside the viewport: bring them in first, as a user would scroll
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected void logIn(String email) {
        logIn(email, "samspill-demo");
    }

    protected void logIn(String email, String password) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(email);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    /** Types into the input of the Vaadin field with this id (the input is slotted in the field's light DOM). */
    protected void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text);
    }

    protected void chooseInSelect(String id, String label) {
        driver.findElement(By.id(id)).click();
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(label)).findFirst().orElse(null));
        item.click();
    }

    protected void waitForHeading(String text) throws IOException {
        try {
            wait.until(d -> headingText(d).equals(text));
        } catch (RuntimeException e) {
            screenshot("failed-waiting-for-" + text.replaceAll("\\W", "_"));
            throw new AssertionError("Expected heading '" + text + "' but the page shows '" + headingText(driver)
                    + "' at " + driver.getCurrentUrl(), e);
        }
    }

    protected static String headingText(WebDriver d) {
        Object text = ((JavascriptExecutor) d).executeScript(
                "const h = document.querySelector('h1:not(.samspill-login-brand)'); return h ? h.textContent : '';");
        return text == null ? "" : text.toString().trim();
    }

    protected void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
