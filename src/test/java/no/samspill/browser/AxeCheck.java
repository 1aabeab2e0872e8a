package no.samspill.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque, MPL-2.0, the axe.min.js inside com.deque.html.axe-core:selenium) injected into the page and run
 * with the WCAG 2.0 and 2.1 A and AA rules. What it finds inside a Vaadin component that the portal cannot mend is
 * named in {@link #VAADIN}, with the Vaadin issue it belongs to; everything else is the portal's own.
 */
final class AxeCheck {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** One node that breaks one rule: where (axe's selector, through shadow roots) and what. */
    record Violation(String rule, String impact, String target, String hosts, String html, String help) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") at " + target + (hosts.isEmpty() ? "" : " in " + hosts) + ": " + html;
        }
    }

    /** A rule broken inside a Vaadin component's own shadow DOM, which the portal cannot reach. */
    record Allowed(String rule, String component, String vaadinIssue, String why) {
        boolean covers(Violation v) {
            // the node lies inside the shadow root of this component (the innermost host named last), or is the
            // component itself, judged by what its own shadow root holds
            return v.rule().equals(rule)
                    && (v.hosts().endsWith(component) || v.hosts().isEmpty() && v.html().startsWith("<" + component + " "));
        }
    }

    /**
     * Known Vaadin 25.2 findings. Each is also a known failure in the accessibility statement when a user meets it
     * (KnownFailure.VAADIN_*); remove an entry when Vaadin mends it, and the sweep shows whether it is gone.
     */
    static final List<Allowed> VAADIN = List.of(
            new Allowed("aria-required-children", "vaadin-tabs",
                    "none found in Vaadin's trackers (searched web-components and flow-components issues, 2026-12)",
                    "a TabSheet's tab strip: role=tablist holds, in its own shadow root, the focusable scroll box"
                            + " div[tabindex] around the tabs, so axe sees a child that is not a tab;"
                            + " the portal adds only vaadin-tab elements (KnownFailure.VAADIN_TAB_STRIP)"));

    private static final String SOURCE = load();

    private AxeCheck() {
    }

    private static String load() {
        try (InputStream in = AxeCheck.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation on the page as it stands, the allowed ones included. */
    @SuppressWarnings("unchecked")
    static List<Violation> run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
            js.executeScript(SOURCE);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // the shadow hosts around a node, outermost first: axe names a node in a shadow root by a list of
                // selectors, one per root
                const hosts = t => {
                  if (!Array.isArray(t[0])) { return ''; }
                  const names = [];
                  let root = document;
                  for (const part of t[0].slice(0, -1)) {
                    const el = root && root.querySelector(part);
                    if (!el) { break; }
                    names.push(el.localName);
                    root = el.shadowRoot;
                  }
                  return names.join('>');
                };
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => ({rule: v.id, impact: v.impact || '',
                      help: v.help, target: JSON.stringify(n.target), hosts: hosts(n.target), html: (n.html || '').substring(0, 160)
                      + ' | ' + (n.failureSummary || '').replace(/\\s+/g, ' ').substring(0, 200)})))))
                  .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), target: '', hosts: '', html: ''}]));
                """, TAGS);
        List<Violation> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            found.add(new Violation(str(v, "rule"), str(v, "impact"), str(v, "target"), str(v, "hosts"), str(v, "html"),
                    str(v, "help")));
        }
        return found;
    }

    static boolean allowed(Violation v) {
        return VAADIN.stream().anyMatch(a -> a.covers(v));
    }

    private static String str(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }
}
