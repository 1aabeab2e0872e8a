package no.samspill.platform.text;

import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown typed or imported by users, rendered to HTML that is safe to put in a page: raw HTML in the text is
 * escaped (shown as text, never run), and link URLs keep only http, https and mailto (javascript: and the like are
 * dropped). Images are never rendered: a remote image is fetched by every reader's browser, which tells its author
 * who read the document, and when. An image shows as its alt text. commonmark does all of it; its settings are the
 * whole of the safety, so they live here once.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(Set.of("http", "https", "mailto"))).softbreak("<br>")
            .nodeRendererFactory(AltTextOnly::new).build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** The text without markup, for places that print plain text (PDF reports); lists keep their bullets. */
    public static String toPlainText(String markdown) {
        return PLAIN.render(PARSER.parse(markdown)).strip();
    }

    /** Renders an image (inline or by reference) as its alt text, escaped; no element, no URL. */
    private static final class AltTextOnly implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        AltTextOnly(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }

                @Override
                public void visit(HtmlInline html) {
                    // shown as typed, as raw HTML is everywhere else
                    alt.append(html.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak lineBreak) {
                    alt.append(' ');
                }

                @Override
                public void visit(HardLineBreak lineBreak) {
                    alt.append(' ');
                }
            });
            context.getWriter().text(alt.toString());
        }
    }
}
