package no.samspill.platform.text;

import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown typed or imported by users, rendered to HTML that is safe to put in a page: raw HTML in the text is
 * escaped (shown as text, never run), and link and image URLs keep only http, https and mailto (javascript: and
 * the like are dropped). commonmark does both; its settings are the whole of the safety, so they live here once.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(Set.of("http", "https", "mailto"))).softbreak("<br>").build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** The text without markup, for places that print plain text (PDF reports); lists keep their bullets. */
    public static String toPlainText(String markdown) {
        return PLAIN.render(PARSER.parse(markdown)).strip();
    }
}
