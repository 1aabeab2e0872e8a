package no.samspill.browser;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 in a real browser: a buyer searches the knowledge base in Norwegian for a Danish case ("hjerteklap"
 * finds "TAVI-hjerteklapper" through stemming), narrows the list by a keyword facet, and opens a case. The query
 * and the facet stay in the address, so the search can be shared.
 */
class KnowledgeBaseBrowserIT extends BrowserSession {

    @Test
    void a_buyer_searches_filters_by_a_keyword_and_opens_a_case() throws IOException {
        driver.get(BASE + "/login");
        logIn("innkjop@helse-sorost.demo");
        waitForHeading("Mitt arbeid");
        driver.get(BASE + "/knowledge");
        waitForHeading("Kunnskapsbase: verdibaserte anskaffelser");
        int all = hits().size();
        assertThat(all).as("published cases on the first page").isPositive();

        type("kb-words", "hjerteklap");
        clickId("kb-search");
        wait.until(d -> d.getCurrentUrl().contains("hjerteklap") && hits().size() < all && !hits().isEmpty());
        assertThat(hits().stream().map(WebElement::getText)).anyMatch(t -> t.contains("TAVI"));
        // the matched word is marked in the result
        assertThat(driver.findElements(By.cssSelector("#kb-hits mark"))).isNotEmpty();
        screenshot("kb-10-search");

        int before = hits().size();
        WebElement keyword = wait.until(d -> d.findElements(By.cssSelector("#facet-kw vaadin-checkbox")).stream()
                .filter(c -> c.getAttribute("disabled") == null).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", keyword);
        keyword.findElement(By.cssSelector("input")).click();
        wait.until(d -> d.getCurrentUrl().contains("kw="));
        wait.until(d -> !hits().isEmpty() && hits().size() <= before);
        assertThat(driver.getCurrentUrl()).contains("hjerteklap");
        screenshot("kb-20-filtered");

        WebElement first = hits().getFirst();
        String title = first.getText().trim();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
        wait.until(ExpectedConditions.elementToBeClickable(first)).click();
        wait.until(d -> headingText(d).endsWith(title));
        assertThat(driver.getCurrentUrl()).contains("/knowledge/cases/");
        screenshot("kb-30-case");
    }

    /** The result titles: each is a link to its case. */
    private List<WebElement> hits() {
        return driver.findElements(By.cssSelector("#kb-hits .samspill-kb-hit-title a"));
    }
}
