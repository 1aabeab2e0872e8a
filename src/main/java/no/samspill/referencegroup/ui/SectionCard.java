package no.samspill.referencegroup.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyNotifier;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.samspill.platform.text.Markdown;
import no.samspill.referencegroup.DiffSegment;
import no.samspill.referencegroup.SectionChange;
import no.samspill.referencegroup.SectionDiff;
import no.samspill.referencegroup.SectionRow;
import org.jspecify.annotations.Nullable;

/**
 * One section on the review screen: number, heading, requirement flag, what changed and how many comments, and the
 * text (Markdown rendered safely, or the word diff). It is a button for the keyboard too: Tab to it, Enter selects.
 */
class SectionCard extends Div implements KeyNotifier {

    SectionCard(SectionRow s, @Nullable SectionDiff diff, boolean selected, Runnable onSelect) {
        addClassName("samspill-review-section");
        addClassName("level-" + Math.min(s.level(), 4));
        setId("section-" + s.number());
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        select(selected);
        Div head = new Div(new Span((s.number() + " " + s.heading()).strip()));
        head.addClassName("samspill-review-heading");
        if (s.requirement() != null) {
            head.add(badge("review.requirement." + s.requirement().name(), "samspill-flag"));
        }
        if (s.change() == SectionChange.CHANGED) {
            head.add(badge("review.change.CHANGED", "samspill-status-yellow"));
        } else if (s.change() == SectionChange.ADDED) {
            head.add(badge("review.change.ADDED", "samspill-status-green"));
        }
        if (s.comments() > 0) {
            head.add(badgeText(getTranslation("review.section-comments", s.comments()), "samspill-status-done"));
        }
        add(head);
        if (diff != null && diff.change() == SectionChange.CHANGED) {
            // a new section is all new: its badge says so, and its text reads better without marks
            if (diff.heading().stream().anyMatch(d -> d.kind() != DiffSegment.Kind.SAME)) {
                add(diffText(diff.heading(), "samspill-diff-heading"));
            }
            add(diffText(diff.body(), "samspill-diff"));
        } else if (!s.body().isEmpty()) {
            add(new Html("<div class=\"samspill-markdown\">" + Markdown.toHtml(s.body()) + "</div>"));
        }
        addClickListener(e -> onSelect.run());
        addKeyPressListener(Key.ENTER, e -> onSelect.run());
        addKeyPressListener(Key.SPACE, e -> onSelect.run());
    }

    void select(boolean selected) {
        setClassName("selected", selected);
        getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    /** A section the newer version dropped, shown struck through when changes are shown. */
    static SectionCard removed(SectionDiff diff) {
        return new SectionCard(diff);
    }

    private SectionCard(SectionDiff diff) {
        addClassNames("samspill-review-section", "removed");
        Div head = new Div(new Span(diff.number()), badge("review.change.REMOVED", "samspill-status-red"));
        head.addClassName("samspill-review-heading");
        add(head, diffText(diff.heading(), "samspill-diff-heading"), diffText(diff.body(), "samspill-diff"));
    }

    /** Words as spans: added ones in <ins>-like style, removed ones struck through; the words are text, never HTML. */
    private static Div diffText(List<DiffSegment> segments, String className) {
        Div text = new Div();
        text.addClassName(className);
        for (DiffSegment d : segments) {
            Span span = new Span(d.text());
            if (d.kind() != DiffSegment.Kind.SAME) {
                span.addClassName(d.kind() == DiffSegment.Kind.ADDED ? "samspill-added" : "samspill-removed");
                span.getElement().setAttribute("title", span.getTranslation("review.diff." + d.kind().name()));
            }
            text.add(span);
        }
        return text;
    }

    private Span badge(String key, String className) {
        return badgeText(getTranslation(key), className);
    }

    private static Span badgeText(String text, String className) {
        Span badge = new Span(text);
        badge.addClassNames("samspill-status", className);
        return badge;
    }
}
