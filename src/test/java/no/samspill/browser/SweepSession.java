package no.samspill.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep's helpers: a page is checked at each width of {@link ReflowCheck#WIDTHS} for sideways scrolling, and
 * with axe at the widest and the narrowest (the header and the drawer change between them). Findings are
 * gathered per test and fail it at the end, so one run lists them all; target/browser/a11y-sweep.txt keeps one
 * line per page and width.
 */
abstract class SweepSession extends BrowserSession {

    private final List<String> failures = new ArrayList<>();
    private final Set<String> swept = new LinkedHashSet<>();

    @AfterEach
    void failOnFindings() {
        assertThat(failures).as("accessibility and reflow findings (see target/browser/a11y-sweep.txt)").isEmpty();
    }

    /** Checks the page now shown, under this name, and leaves the window at its widest again. */
    protected void sweep(String name) throws IOException {
        if (!swept.add(driver.getCurrentUrl())) {
            return;
        }
        for (int width : ReflowCheck.WIDTHS) {
            ReflowCheck.width(driver, width);
            settle();
            List<String> overflow = ReflowCheck.overflow(driver);
            String axe = "";
            if (width == ReflowCheck.WIDTHS.getFirst() || width == ReflowCheck.WIDTHS.getLast()) {
                List<AxeCheck.Violation> found = AxeCheck.run(driver);
                List<AxeCheck.Violation> own = found.stream().filter(v -> !AxeCheck.allowed(v)).toList();
                axe = " axe=" + own.size() + count(own) + " allowed=" + (found.size() - own.size())
                        + count(found.stream().filter(AxeCheck::allowed).toList());
                own.forEach(v -> failures.add(name + " @" + width + ": " + v));
            }
            overflow.forEach(o -> failures.add(name + " @" + width + ": reflow " + o));
            log(name + " " + path() + " @" + width + " overflow=" + overflow.size() + axe
                    + (overflow.isEmpty() ? "" : " " + overflow));
            if (!overflow.isEmpty()) {
                screenshot("sweep-" + name.replaceAll("\\W", "_") + "-" + width);
            }
        }
        ReflowCheck.width(driver, ReflowCheck.WIDTHS.getFirst());
    }

    private static String count(List<AxeCheck.Violation> violations) {
        if (violations.isEmpty()) {
            return "";
        }
        return violations.stream().collect(Collectors.groupingBy(AxeCheck.Violation::rule, TreeMap::new,
                Collectors.counting())).toString();
    }

    private String path() {
        return driver.getCurrentUrl().replace(BASE, "");
    }

    private static void log(String line) throws IOException {
        Files.writeString(SHOTS.resolve("a11y-sweep.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** True when no round trip is under way and no grid is fetching rows. */
    private static final String IDLE = """
            const busy = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                && Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive());
            return !busy && !document.querySelector('vaadin-grid[loading]');
            """;

    /** Until the server has answered and the grids have their rows. */
    protected void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
        // a resize re-lays out the grids and the app layout on the next frames: wait for two of them, then for
        // any round trip the new size started
        ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
                """);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
    }

    /** Goes to a path and waits for its heading (any), then sweeps it. */
    protected void visit(String path, String name) throws IOException {
        driver.get(BASE + "/" + path);
        wait.until(d -> !headingText(d).isEmpty());
        sweep(name);
    }

    /** The paths of the side navigation, as the signed-in user sees it. */
    protected List<String> menu() {
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item")).isEmpty());
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getDomAttribute("path")).filter(p -> p != null).toList();
    }

    /** Sweeps every view of the user's menu. */
    protected void sweepMenu(String role) throws IOException {
        for (String path : menu()) {
            visit(path, role + " " + (path.isEmpty() ? "dashboard" : path));
        }
    }

    /** Clicks a row by its text (or the first body row when text is null) and waits for the route to change. */
    protected void openRow(String text) {
        String before = driver.getCurrentUrl();
        if (text == null) {
            // the grid fetches its rows after the page is shown: wait for the first one with a text
            WebElement cell = wait.withMessage("a row in a grid at " + before).until(d -> (WebElement)
                    ((JavascriptExecutor) d).executeScript("""
                    return [...document.querySelectorAll('vaadin-grid-cell-content')].find(c => c.assignedSlot
                        && c.assignedSlot.closest('tbody#items') && c.textContent.trim() !== '') || null;
                    """));
            cell.click();
        } else {
            clickText("vaadin-grid-cell-content", text);
        }
        wait.until(d -> !d.getCurrentUrl().equals(before));
        wait.until(d -> !headingText(d).isEmpty());
    }
}
