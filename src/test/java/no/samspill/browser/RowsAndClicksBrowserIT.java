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
 * Issue 14, keyboard and clicks: Enter on a focused row of a list opens it (WCAG 2.1.1), and a double click on a
 * dialog's save makes one change and shows no error about the second click.
 */
class RowsAndClicksBrowserIT extends BrowserSession {

    @Test
    void enter_on_a_focused_project_row_opens_the_project() throws IOException {
        driver.get(BASE + "/login");
        logIn("innkjop@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/projects");
        waitForHeading("Anskaffelsesprosjekter");
        enterOnFirstRow("vaadin-grid", "/projects/");
    }

    @Test
    void enter_on_a_focused_dialogue_row_opens_the_answer_form() throws IOException {
        driver.get(BASE + "/login");
        logIn("leverandor@gehealthcare.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/market-dialogues");
        waitForHeading("Markedsdialoger");
        enterOnFirstRow("#supplier-dialogues", "/market-dialogues/");
    }

    @Test
    void a_double_click_on_save_creates_one_project_and_shows_no_error() throws IOException {
        driver.get(BASE + "/login");
        logIn("innkjop@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/projects");
        waitForHeading("Anskaffelsesprosjekter");
        clickId("new-project");
        WebElement save = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-project")));
        // the dialog puts the focus in the title field
        String title = "Dobbeltklikk " + System.currentTimeMillis();
        wait.until(d -> "input".equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement && document.activeElement.localName")));
        new Actions(driver).sendKeys(title).perform();
        new Actions(driver).doubleClick(save).perform();
        waitForHeading(title);
        screenshot("90-double-click-saved");
        assertThat(driver.getCurrentUrl()).contains("/projects/");
        assertThat(driver.findElements(By.cssSelector("vaadin-notification-card[theme~='error']")))
                .as("an error about the second click").isEmpty();

        driver.get(BASE + "/projects");
        waitForHeading("Anskaffelsesprosjekter");
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[placeholder='Søk på tittel eller referanse']")));
        search.sendKeys(title);
        wait.until(d -> rowsWith(title) > 0);
        assertThat(rowsWith(title)).as("projects made by one double click").isEqualTo(1);
    }

    private long rowsWith(String text) {
        return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().trim().equals(text)).count();
    }

    /** Focuses the grid's first body cell as the keyboard would (Tab lands on a cell), then presses Enter. */
    private void enterOnFirstRow(String grid, String opened) throws IOException {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(grid)));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const c = arguments[0].shadowRoot.querySelector('tbody#items tr:not([hidden]) td');"
                        + " if (!c || !arguments[0].querySelector('vaadin-grid-cell-content')) { return false; }"
                        + " c.focus(); return arguments[0].shadowRoot.activeElement === c;", element)));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        try {
            wait.withTimeout(java.time.Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains(opened));
        } finally {
            screenshot("91-enter-on-row-" + grid.replaceAll("\\W", ""));
        }
    }
}
