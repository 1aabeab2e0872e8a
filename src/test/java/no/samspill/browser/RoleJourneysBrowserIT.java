package no.samspill.browser;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real browser against the running portal: logs in through the real form, sees My work, switches the language,
 * opens the admin views and follows each role's main journey. It proves the client bundle the server sends works.
 */
class RoleJourneysBrowserIT extends BrowserSession {

    @Test
    void logs_in_through_the_form_sees_my_work_and_switches_language() throws IOException {
        driver.get(BASE + "/login");
        screenshot("01-login");
        logIn("admin@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        assertThat(driver.findElement(By.id("active-tenant-name")).getText()).isEqualTo("Helse Sør-Øst RHF");
        screenshot("02-my-work-nb");

        chooseInSelect("language-switcher", "English");
        waitForHeading("My work");
        screenshot("03-my-work-en");
        chooseInSelect("language-switcher", "Norsk bokmål");
        waitForHeading("Mitt arbeid");

        driver.findElement(By.id("user-menu")).click();
        WebElement logout = wait.until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals("Logg ut")).findFirst().orElse(null));
        logout.click();
        wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        driver.get(BASE + "/users");
        wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void tenant_admin_opens_users_organisation_and_audit_log() throws IOException {
        driver.get(BASE + "/login");
        logIn("admin@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        for (List<String> view : List.of(List.of("users", "Brukere"), List.of("organisation", "Helse Sør-Øst RHF"),
                List.of("audit", "Revisjonslogg"))) {
            driver.get(BASE + "/" + view.get(0));
            waitForHeading(view.get(1));
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid")).isEmpty());
            screenshot("10-" + view.get(0));
        }
        driver.get(BASE + "/no-such-page");
        waitForHeading("Ikke funnet");
        screenshot("11-not-found");
    }

    @Test
    void supplier_user_is_refused_an_admin_view() throws IOException {
        driver.get(BASE + "/login");
        logIn("leverandor@medtronic.demo");
        waitForHeading("Mitt arbeid");
        screenshot("20-supplier-my-work");
        driver.get(BASE + "/users");
        wait.until(d -> {
            String h = headingText(d);
            return h.equals("Ikke funnet") || h.equals("Ingen tilgang");
        });
        assertThat(driver.findElements(By.cssSelector("vaadin-grid"))).isEmpty();
    }

    @Test
    void procurement_lead_follows_a_project_into_its_market_dialogue() throws IOException {
        driver.get(BASE + "/login");
        logIn("innkjop@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        screenshot("30-lead-my-work");
        driver.get(BASE + "/projects");
        waitForHeading("Anskaffelsesprosjekter");
        clickText("vaadin-grid-cell-content", "Insulinpumper og kontinuerlig glukosemåling (CGM)");
        waitForHeading("Insulinpumper og kontinuerlig glukosemåling (CGM)");
        screenshot("31-project");
        clickText("vaadin-tab", "Markedsdialog");
        clickText("vaadin-grid-cell-content", "Insulinpumper og CGM – skriftlig markedsdialog");
        waitForHeading("Insulinpumper og CGM – skriftlig markedsdialog");
        screenshot("32-dialogue-setup");
        clickText("vaadin-tab", "Spørreskjema");
        screenshot("33-dialogue-questionnaire");
        clickText("vaadin-tab", "Svar");
        wait.until(d -> !d.findElements(By.id("answer-matrix")).isEmpty());
        screenshot("34-dialogue-matrix");
        clickText("vaadin-tab", "Spørsmål og svar");
        screenshot("35-dialogue-qa");
        clickText("vaadin-tab", "En-til-en-møter");
        screenshot("36-dialogue-meetings");
        clickText("vaadin-tab", "Likebehandlingslogg");
        screenshot("37-dialogue-ledger");
    }

    @Test
    void procurement_body_follows_its_action_plan_and_an_item() throws IOException {
        driver.get(BASE + "/login");
        logIn("admin@sykehusinnkjop.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/action-plans");
        waitForHeading("Handlingsplaner");
        screenshot("50-action-plans");
        clickText("vaadin-grid-cell-content", "Handlingsplan BHM");
        waitForHeading("Handlingsplan BHM");
        screenshot("51-action-plan");
        clickText("vaadin-grid-cell-content", "Ny styringsgruppe BHM");
        waitForHeading("A3.1 Ny styringsgruppe BHM");
        screenshot("52-action-item");
    }

    @Test
    void clinician_chairs_a_product_council_and_sees_the_gap() throws IOException {
        driver.get(BASE + "/login");
        logIn("klinikker@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/groups");
        waitForHeading("Referansegrupper og produktråd");
        screenshot("60-groups");
        clickText("vaadin-grid-cell-content", "Produktråd behandlingshjelpemidler (BHM)");
        waitForHeading("Produktråd behandlingshjelpemidler (BHM)");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("group-coverage"), "Vestre Viken HF"));
        screenshot("61-product-council");
        clickId("add-member");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-person")));
        screenshot("62-add-member");
    }

    @Test
    void clinician_reviews_the_needs_analysis_and_sees_what_changed() throws IOException {
        driver.get(BASE + "/login");
        logIn("klinikker@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-reviews"),
                "Behovsanalyse insulinpumper og CGM"));
        screenshot("63-waiting-reviews");
        clickText("a", "Behovsanalyse insulinpumper og CGM");
        waitForHeading("Behovsanalyse insulinpumper og CGM");
        clickId("section-3.1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-comments"),
                "Delvis tatt til følge"));
        screenshot("64-review");
        clickText("vaadin-checkbox", "Vis endringer fra forrige versjon");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".samspill-removed")));
        screenshot("65-review-changes");
        clickId("section-3.5");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-comments"),
                "3.5 Overgang fra dagens utstyr"));
        screenshot("66-review-comment-form");
        clickText("a", "Referansegruppe insulinpumper og CGM");
        waitForHeading("Referansegruppe insulinpumper og CGM");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-documents")));
        screenshot("67-reference-group");
    }

    @Test
    void procurement_lead_disposes_comments_and_prepares_a_new_version() throws IOException {
        driver.get(BASE + "/login");
        logIn("innkjop@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/groups");
        waitForHeading("Referansegrupper og produktråd");
        clickText("vaadin-grid-cell-content", "Referansegruppe insulinpumper og CGM");
        waitForHeading("Referansegruppe insulinpumper og CGM");
        clickText("a", "Behovsanalyse insulinpumper og CGM");
        waitForHeading("Behovsanalyse insulinpumper og CGM");
        clickText("vaadin-radio-button", "Ikke behandlet ennå");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-comments"), "Ikke behandlet"));
        screenshot("68-lead-undisposed");
        WebElement dispose = wait.until(d -> d.findElements(By.cssSelector("vaadin-button[id^='dispose-']")).stream()
                .findFirst().orElse(null));
        dispose.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("disposition-choice")));
        screenshot("69-lead-dispose");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("disposition-choice")));
        clickId("new-version");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-text")));
        screenshot("70-lead-new-version");
    }

    @Test
    void secretary_prepares_the_steering_group_meeting_and_its_package() throws IOException {
        driver.get(BASE + "/login");
        logIn("admin@sykehusinnkjop.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/steering");
        waitForHeading("Styringsgrupper");
        screenshot("80-steering-groups");
        clickText("vaadin-grid-cell-content", "Styringsgruppe behandlingshjelpemidler (BHM)");
        waitForHeading("Styringsgruppe behandlingshjelpemidler (BHM)");
        screenshot("81-steering-group");
        clickText("vaadin-grid-cell-content", "Godkjenning av behovsanalysen for nasjonal avtale for "
                + "behandlingshjelpemidler");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay, "
                + "vaadin-dialog")));
        screenshot("82-case-paper");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        clickText("vaadin-grid-cell-content", "Sykehusinnkjøp, Oslo, og Teams");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-packages")));
        screenshot("83-steering-meeting");
        clickId("generate-package");
        wait.until(d -> d.findElements(By.cssSelector("#meeting-packages vaadin-grid-cell-content")).stream()
                .anyMatch(e -> e.getText().trim().equals("2")));
        screenshot("84-package-generated");
        // the national agreement waits at its decision point
        driver.get(BASE + "/projects");
        waitForHeading("Anskaffelsesprosjekter");
        clickText("vaadin-grid-cell-content", "2026/0021");
        waitForHeading("Nasjonal avtale for behandlingshjelpemidler");
        clickId("advance-phase");
        clickId("confirm-advance");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        screenshot("85-gate-holds-the-tender");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        clickText("vaadin-tab", "Styringsgruppe");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project-decisions")));
        screenshot("86-project-decisions");
    }

    @Test
    void supplier_opens_its_market_dialogues_and_the_answer_form() throws IOException {
        driver.get(BASE + "/login");
        logIn("leverandor@gehealthcare.demo");
        waitForHeading("Mitt arbeid");
        screenshot("40-supplier-my-work");
        driver.get(BASE + "/market-dialogues");
        waitForHeading("Markedsdialoger");
        screenshot("41-supplier-dialogues");
        clickText("vaadin-grid-cell-content", "Insulinpumper og CGM – skriftlig markedsdialog");
        waitForHeading("Insulinpumper og CGM – skriftlig markedsdialog");
        screenshot("42-supplier-answer-form");
        clickText("vaadin-tab", "Spørsmål og svar");
        screenshot("43-supplier-qa");
        clickText("vaadin-tab", "En-til-en-møte");
        screenshot("44-supplier-meeting");
    }
}
