package no.samspill.browser;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 in a real browser: the board's admin opens the demo portfolio's goal coverage matrix, goes to the roadmap,
 * moves through its bars with the Tab key (each bar says what it is) and opens an initiative with Enter.
 */
class PortfolioBrowserIT extends BrowserSession {

    private static final String PORTFOLIO = "Mobil kommunikasjon i akuttmedisinsk kjede";

    @Test
    void the_board_reads_the_matrix_walks_the_roadmap_by_keyboard_and_opens_an_initiative() throws IOException {
        driver.get(BASE + "/login");
        logIn("admin@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/portfolios");
        waitForHeading("Porteføljer");
        clickText("a", PORTFOLIO);
        waitForHeading(PORTFOLIO);

        WebElement matrix = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coverage-matrix")));
        assertThat(matrix.getText()).contains("Nytt nødnett", "Ingen tiltak tjener dette målet");
        assertThat(matrix.findElements(By.cssSelector("th[scope='col']")).size()).isGreaterThan(6);
        assertThat(own(AxeCheck.run(driver))).as("axe on the coverage matrix").isEmpty();
        screenshot("portfolio-10-matrix");

        clickText("vaadin-tab", "Veikart");
        WebElement roadmap = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roadmap")));
        assertThat(roadmap.findElements(By.cssSelector("a.samspill-roadmap-bar"))).hasSizeGreaterThan(5);
        assertThat(own(AxeCheck.run(driver))).as("axe on the roadmap").isEmpty();
        screenshot("portfolio-20-roadmap");

        // from the PDF link, Tab reaches the first bar; it carries its own text, and Enter opens the initiative
        WebElement pdf = driver.findElement(By.id("roadmap-pdf"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", pdf);
        String focused = "";
        for (int i = 0; i < 5 && !focused.contains("samspill-roadmap-bar"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = (String) ((JavascriptExecutor) driver).executeScript(
                    "return document.activeElement.className");
        }
        assertThat(focused).contains("samspill-roadmap-bar");
        String first = active().getAttribute("aria-label");
        assertThat(first).contains(active().getText());
        // on past the first bar's checkpoints (each says its date) to the next bar
        for (int i = 0; i < 10 && (i == 0 || !active().getAttribute("class").contains("samspill-roadmap-bar")); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        String second = active().getAttribute("aria-label");
        assertThat(second).isNotEqualTo(first).isNotBlank();
        screenshot("portfolio-25-roadmap-focus");
        String name = second.substring(0, second.indexOf(','));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitForHeading(name);
        assertThat(driver.getCurrentUrl()).contains("/portfolios/initiatives/");
        assertThat(driver.findElement(By.id("initiative-facts")).getText()).contains("Eier");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("initiative-goals")));
        screenshot("portfolio-30-initiative");
    }

    private WebElement active() {
        return (WebElement) ((JavascriptExecutor) driver).executeScript("return document.activeElement");
    }

    private static java.util.List<AxeCheck.Violation> own(java.util.List<AxeCheck.Violation> all) {
        return all.stream().filter(v -> !AxeCheck.allowed(v)).toList();
    }
}
