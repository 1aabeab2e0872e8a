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
 * Issue 14's sweep: as each demo role, every view of its menu and one page of each kind it can open, plus the
 * public pages, at 1280, 390 and 320 px without sideways scrolling (WCAG 1.4.10), and with no axe violation of
 * WCAG 2.0/2.1 A and AA that is the portal's own (the Vaadin ones are named in {@link AxeCheck#VAADIN}).
 */
class AccessibilitySweepBrowserIT extends SweepSession {

    @Test
    void public_pages() throws IOException {
        driver.get(BASE + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        sweep("public login");
        visit("accessibility", "public accessibility");
        driver.get(BASE + "/forgot-password");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-email-field, vaadin-text-field")));
        sweep("public forgot-password");
    }

    @Test
    void platform_admin() throws IOException {
        signIn("plattform@samspill.demo");
        sweepMenu("platform-admin");
    }

    @Test
    void tenant_admin() throws IOException {
        signIn("admin@helse-sorost.demo");
        sweepMenu("tenant-admin");
        visit("notifications", "tenant-admin notifications");
        visit("notifications/settings", "tenant-admin notice-settings");
    }

    @Test
    void procurement_lead() throws IOException {
        signIn("innkjop@helse-sorost.demo");
        sweepMenu("lead");
        driver.get(BASE + "/projects");
        openRow("Insulinpumper og kontinuerlig glukosemåling (CGM)");
        sweep("lead project");
        clickText("vaadin-tab", "Markedsdialog");
        openRow("Insulinpumper og CGM – skriftlig markedsdialog");
        sweep("lead dialogue");
        driver.get(BASE + "/groups");
        openRow("Referansegruppe insulinpumper og CGM");
        sweep("lead group");
        clickText("a", "Behovsanalyse insulinpumper og CGM");
        wait.until(d -> d.getCurrentUrl().contains("/reviews/"));
        wait.until(d -> !headingText(d).isEmpty());
        sweep("lead review");
    }

    @Test
    void clinician_member() throws IOException {
        signIn("klinikker@helse-sorost.demo");
        sweepMenu("clinician");
        driver.get(BASE + "/groups");
        openRow("Produktråd behandlingshjelpemidler (BHM)");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("group-coverage"), "Vestre Viken HF"));
        sweep("clinician council");
    }

    @Test
    void supplier_user() throws IOException {
        signIn("leverandor@gehealthcare.demo");
        sweepMenu("supplier");
        driver.get(BASE + "/market-dialogues");
        openRow("Insulinpumper og CGM – skriftlig markedsdialog");
        // the open dialogue's editable form (GE Healthcare has a draft), with its section list and fields
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".samspill-respond-body vaadin-text-area")));
        sweep("supplier answer-form");
        for (int width : new int[] {390, 320}) {
            ReflowCheck.width(driver, width);
            settle();
            screenshot("97-answer-form-" + width);
            WebElement nav = driver.findElement(By.cssSelector(".samspill-respond-body .samspill-section-nav"));
            WebElement questions = driver.findElement(By.cssSelector(".samspill-respond-questions"));
            assertThat(bottom(nav)).as("the section list above the questions at " + width)
                    .isLessThanOrEqualTo(top(questions));
            assertThat(right(questions)).as("the questions' right edge at " + width).isLessThanOrEqualTo(width);
        }
        ReflowCheck.width(driver, ReflowCheck.WIDTHS.getFirst());
    }

    @Test
    void steering_secretary_and_procurement_body() throws IOException {
        signIn("admin@sykehusinnkjop.demo");
        sweepMenu("secretary");
        driver.get(BASE + "/steering");
        openRow("Styringsgruppe behandlingshjelpemidler (BHM)");
        sweep("secretary steering-group");
        openRow("Sykehusinnkjøp, Oslo, og Teams");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-packages")));
        sweep("secretary steering-meeting");
        driver.get(BASE + "/action-plans");
        openRow("Handlingsplan BHM");
        sweep("secretary action-plan");
        openRow("Ny styringsgruppe BHM");
        sweep("secretary action-item");
        driver.get(BASE + "/round-tables");
        openRow(null);
        sweep("secretary round-table");
    }

    @Test
    void on_a_phone_the_header_keeps_the_user_menu_and_logout_on_screen() throws IOException {
        signIn("innkjop@helse-sorost.demo");
        for (int width : new int[] {390, 320}) {
            ReflowCheck.width(driver, width);
            settle();
            screenshot("95-header-" + width);
            WebElement menu = driver.findElement(By.id("user-menu"));
            assertThat(menu.isDisplayed()).as("the user menu at " + width).isTrue();
            assertThat(right(menu)).as("the user menu's right edge at " + width).isLessThanOrEqualTo(width);
            assertThat(driver.findElement(By.id("tenant-switcher")).isDisplayed())
                    .as("the tenant chooser in the bar at " + width).isFalse();
            menu.click();
            WebElement logout = wait.until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                    .filter(e -> e.isDisplayed() && e.getText().trim().equals("Logg ut")).findFirst().orElse(null));
            assertThat(right(logout)).as("logout's right edge at " + width).isLessThanOrEqualTo(width);
            assertThat(driver.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                    .filter(WebElement::isDisplayed).map(e -> e.getText().trim()))
                    .as("the choosers offered in the user menu at " + width).contains("Aktiv virksomhet", "Språk");
            screenshot("96-user-menu-" + width);
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            wait.until(ExpectedConditions.invisibilityOf(logout));
        }
    }

    private long top(WebElement element) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.floor(arguments[0].getBoundingClientRect().top)", element)).longValue();
    }

    private long bottom(WebElement element) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(arguments[0].getBoundingClientRect().bottom)", element)).longValue();
    }

    private long right(WebElement element) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(arguments[0].getBoundingClientRect().right)", element)).longValue();
    }

    private void signIn(String email) throws IOException {
        driver.get(BASE + "/login");
        logIn(email);
        waitForHeading("Mitt arbeid");
    }
}
