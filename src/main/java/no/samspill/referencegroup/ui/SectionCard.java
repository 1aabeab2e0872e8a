package no.samspill.referencegroup.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.util.List;
import no.samspill.platform.text.Markdown;
import no.samspill.referencegroup.DiffSegment;
import no.samspill.referencegroup.SectionChange;
import no.samspill.referencegroup.SectionDiff;
import no.samspill.referencegroup.SectionRow;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * One section on the review screen: number, heading, requirement flag, what changed and how many comments, and the
 * text (Markdown rendered safely, or the word diff). It is one element with its markup inside, not a component per
 * heading, badge and word: a requirement specification has hundreds of sections, and each component would cost
 * every reader's session about a kilobyte (issue 13). For the same reason the section list, not each card, listens
 * for the click and the keys ({@link ReviewView}). It is a button for the keyboard too: Tab to it, Enter selects.
 * Every text from the document is escaped here; the Markdown's HTML is already sanitised.
 */
class SectionCard extends Html {

    /** The attribute that names the section, read by the list's listener. */
    static final String SECTION = "data-section";

    SectionCard(SectionRow s, @Nullable SectionDiff diff, boolean selected) {
        super(markup(s, diff, selected));
    }

    /** A section the newer version dropped, shown struck through when changes are shown. */
    static SectionCard removed(SectionDiff diff) {
        return new SectionCard(diff);
    }

    private SectionCard(SectionDiff diff) {
        super("<div class=\"samspill-review-section removed\"><div class=\"samspill-review-heading\"><span>"
                + esc(diff.number()) + "</span>" + badge(t("review.change.REMOVED"), "samspill-status-red") + "</div>"
                + diffText(diff.heading(), "samspill-diff-heading") + diffText(diff.body(), "samspill-diff")
                + "</div>");
    }

    void select(boolean selected) {
        getElement().getClassList().set("selected", selected);
        getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    private static String markup(SectionRow s, @Nullable SectionDiff diff, boolean selected) {
        StringBuilder html = new StringBuilder("<div class=\"samspill-review-section level-")
                .append(Math.min(s.level(), 4)).append(selected ? " selected" : "").append("\" id=\"section-")
                .append(esc(s.number())).append("\" ").append(SECTION).append("=\"").append(esc(s.number()))
                .append("\" role=\"button\" tabindex=\"0\" aria-pressed=\"").append(selected).append("\">")
                .append("<div class=\"samspill-review-heading\"><span>")
                .append(esc((s.number() + " " + s.heading()).strip())).append("</span>");
        if (s.requirement() != null) {
            html.append(badge(t("review.requirement." + s.requirement().name()), "samspill-flag"));
        }
        if (s.change() == SectionChange.CHANGED) {
            html.append(badge(t("review.change.CHANGED"), "samspill-status-yellow"));
        } else if (s.change() == SectionChange.ADDED) {
            html.append(badge(t("review.change.ADDED"), "samspill-status-green"));
        }
        if (s.comments() > 0) {
            html.append(badge(UI.getCurrent().getTranslation("review.section-comments", s.comments()),
                    "samspill-status-done"));
        }
        html.append("</div>");
        if (diff != null && diff.change() == SectionChange.CHANGED) {
            // a new section is all new: its badge says so, and its text reads better without marks
            if (diff.heading().stream().anyMatch(d -> d.kind() != DiffSegment.Kind.SAME)) {
                html.append(diffText(diff.heading(), "samspill-diff-heading"));
            }
            html.append(diffText(diff.body(), "samspill-diff"));
        } else if (!s.body().isEmpty()) {
            html.append("<div class=\"samspill-markdown\">").append(Markdown.toHtml(s.body())).append("</div>");
        }
        return html.append("</div>").toString();
    }

    /** Words as spans: added ones in <ins>-like style, removed ones struck through; the words are text, never HTML. */
    private static String diffText(List<DiffSegment> segments, String className) {
        StringBuilder html = new StringBuilder("<div class=\"").append(className).append("\">");
        for (DiffSegment d : segments) {
            if (d.kind() == DiffSegment.Kind.SAME) {
                html.append("<span>").append(esc(d.text())).append("</span>");
            } else {
                html.append("<span class=\"").append(d.kind() == DiffSegment.Kind.ADDED ? "samspill-added"
                        : "samspill-removed").append("\" title=\"").append(esc(t("review.diff." + d.kind().name())))
                        .append("\">").append(esc(d.text())).append("</span>");
            }
        }
        return html.append("</div>").toString();
    }

    private static String badge(String text, String className) {
        return "<span class=\"samspill-status " + className + "\">" + esc(text) + "</span>";
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
