package no.samspill.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels nothing scrolls sideways and nothing is cut off at the right edge. The
 * viewport is set through Chrome's device metrics, since a headless window has a minimum width of its own.
 */
final class ReflowCheck {

    static final List<Integer> WIDTHS = List.of(1280, 390, 320);

    private ReflowCheck() {
    }

    static void width(WebDriver driver, int width) {
        int height = width >= 1000 ? 900 : width * 2;
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * What sticks out at the right: the page's scroll width when it exceeds the viewport, and the elements whose
     * right edge lies beyond it. A grid's cells and a tab strip scroll within their own box (a data table and a
     * one-line tab list may, by the criterion's exception), so only the grid and the strip themselves must fit.
     */
    @SuppressWarnings("unchecked")
    static List<String> overflow(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const w = window.innerWidth;
                const out = [];
                const sw = document.documentElement.scrollWidth;
                if (sw > w) { out.push('document scrollWidth ' + sw + ' > innerWidth ' + w); }
                const name = e => e.localName + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                for (const e of document.body.querySelectorAll('*')) {
                  if (e.parentElement && e.parentElement.closest('vaadin-grid, vaadin-tabs, vaadin-menu-bar')) { continue; }
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || r.right <= w + 1) { continue; }
                  const s = getComputedStyle(e);
                  if (s.visibility === 'hidden' || s.display === 'none') { continue; }
                  // only the outermost offender: its children stick out with it
                  if (e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1
                      && e.parentElement !== document.body) { continue; }
                  // which of its children stick out, to find the cause (a field, a label that does not wrap)
                  const kids = [...e.children].filter(c => c.getBoundingClientRect().right > w + 1).map(name);
                  out.push(name(e) + ' right=' + Math.round(r.right) + ' > ' + w
                      + (kids.length ? ' (' + kids.slice(0, 3).join(', ') + ')' : ''));
                  if (out.length > 8) { break; }
                }
                return out;
                """);
    }
}
