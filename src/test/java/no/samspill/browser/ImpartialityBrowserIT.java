package no.samspill.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 in the real browser, on the demo data: Per (Sørlandet), a member of the insulin-pump reference group who
 * has not declared, opens the document under review, meets the gate, follows its link to his declaration, declares
 * no ties with any supplier after the confirmation step, and gets into the document.
 */
class ImpartialityBrowserIT extends BrowserSession {

    private static final String DOCUMENT = "Behovsanalyse insulinpumper og CGM";

    @Test
    void a_member_meets_the_gate_declares_and_gets_in() throws Exception {
        driver.get(BASE + "/login");
        logIn("klinikker.sshf@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        clickText("a", DOCUMENT);
        waitForHeading("Erklæring kreves");
        screenshot("60-impartiality-gate");
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("signert habilitetserklæringen din");
        clickId("gate-link");
        waitForHeading("Habilitetserklæring 2026/0142");
        clickId("no-ties");
        clickId("confidentiality");
        clickId("sign-declaration");
        // the confirmation step: its button sits in the confirm dialog, not on the page
        WebElement confirm = wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog vaadin-button"))
                .stream().filter(b -> b.isDisplayed() && "confirm-button".equals(b.getAttribute("slot")))
                .findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", confirm);
        wait.until(d -> d.findElement(By.id("declaration-status")).getText().equals("Fullstendig"));
        screenshot("61-impartiality-declared");
        driver.get(BASE + "/");
        waitForHeading("Mitt arbeid");
        clickText("a", DOCUMENT);
        waitForHeading(DOCUMENT);
        screenshot("62-impartiality-document-open");
    }
}
