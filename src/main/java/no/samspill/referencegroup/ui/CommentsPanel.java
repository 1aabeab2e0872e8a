package no.samspill.referencegroup.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Phrases;
import no.samspill.referencegroup.CommentFilter;
import no.samspill.referencegroup.CommentRow;
import no.samspill.referencegroup.CommentThreads;
import no.samspill.referencegroup.ReferenceGroupRules;
import no.samspill.referencegroup.ReviewPage;
import no.samspill.referencegroup.SectionRow;
import org.jspecify.annotations.Nullable;

/**
 * The right side of the review screen: the chosen section's threads (from this and earlier versions, each marked
 * with the version it was made on and whether the section changed since), the form for a new comment, replies and
 * the lead's disposition.
 */
class CommentsPanel extends VerticalLayout {

    /** Threads fetched per "show more". */
    private static final int PAGE = 20;

    private final ReviewView view;
    private final ReviewPage page;
    private final Div list = new Div();
    // asked once per panel, not per comment: a panel shows dozens of comments
    private final ZoneId zone;
    private int shown;

    CommentsPanel(ReviewView view, @Nullable String sectionNumber) {
        this.view = view;
        this.page = view.page();
        this.zone = view.timeZone();
        setId("review-comments");
        addClassName("samspill-review-comments");
        @Nullable SectionRow section = page.sections().stream().filter(s -> s.number().equals(sectionNumber))
                .findFirst().orElse(null);
        if (section == null) {
            add(new Paragraph(getTranslation("review.pick-section")));
            return;
        }
        add(new H3((section.number() + " " + section.heading()).strip()));
        if (page.canComment()) {
            add(commentForm(section));
        }
        // the screen's opening call brought the first section's first page; any other comes page by page
        CommentThreads first = page.opening().sectionNumber().equals(section.number())
                && view.filter() == CommentFilter.ALL ? page.opening() : fetch(section.number(), 0);
        if (first.threads().isEmpty()) {
            add(new Paragraph(getTranslation(view.filter() == CommentFilter.ALL
                    || view.filter() == CommentFilter.CHANGED ? "review.no-comments" : "review.no-comments-filter")));
        }
        list.setWidthFull();
        add(list);
        show(section, first);
    }

    /** How many threads pass the filter in the section, from the counts the page came with. */
    private int total(SectionRow section) {
        return switch (view.filter()) {
            case ALL, CHANGED -> section.comments();
            case MINE -> section.mine();
            case UNDISPOSED -> section.undisposed();
        };
    }

    private CommentThreads fetch(String number, int offset) {
        return view.documents().threads(page.document().id(), page.viewedVersion(), number, view.filter(), offset,
                PAGE);
    }

    /** Adds a page of threads, and a button for the next page while there is one. */
    private void show(SectionRow section, CommentThreads slice) {
        for (CommentRow thread : slice.threads()) {
            list.add(thread(thread, slice.replies()));
        }
        shown += slice.threads().size();
        if (slice.more()) {
            Button more = new Button(getTranslation("review.more-threads", shown, total(section)),
                    VaadinIcon.ANGLE_DOWN.create());
            more.setId("more-threads");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(e -> {
                list.remove(more);
                show(section, fetch(section.number(), shown));
            });
            list.add(more);
        }
    }

    private Div commentForm(SectionRow section) {
        TextArea text = new TextArea(getTranslation("review.your-comment"));
        text.setId("comment-text");
        text.setWidthFull();
        text.setMinHeight("6rem");
        TextLimits.apply(text, ReferenceGroupRules.COMMENT_MAX);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText(getTranslation("review.chars", 0, ReferenceGroupRules.COMMENT_MAX));
        text.addValueChangeListener(e -> text.setHelperText(getTranslation("review.chars", e.getValue().length(),
                ReferenceGroupRules.COMMENT_MAX)));
        Checkbox onBehalf = new Checkbox(getTranslation("review.on-behalf", Objects.requireNonNullElse(page.myUnit(),
                "")));
        onBehalf.setId("comment-on-behalf");
        onBehalf.setVisible(page.myUnit() != null);
        Button send = new Button(getTranslation("review.send-comment"), VaadinIcon.COMMENT_O.create());
        send.setId("send-comment");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldErrors errors = new FieldErrors().bind(text, "review.error.comment-");
        send.addClickListener(e -> errors.run(() -> {
            view.comments().comment(page.document().id(), section.id(), text.getValue(), onBehalf.getValue());
            view.reload();
            Notify.success("review.comment-saved");
        }));
        Div form = new Div(text, onBehalf, send);
        form.addClassName("samspill-comment-form");
        return form;
    }

    private Div thread(CommentRow c, List<CommentRow> replies) {
        Div box = comment(c);
        box.setId("comment-" + c.id());
        Div badges = new Div(dispositionBadge(c));
        badges.addClassName("samspill-comment-badges");
        if (c.documentVersion() != page.viewedVersion()) {
            badges.add(status(getTranslation("review.made-on", c.documentVersion()), "samspill-status-done"));
        }
        if (c.changedSince()) {
            badges.add(status(getTranslation("review.changed-since"), "samspill-status-yellow"));
        }
        box.addComponentAtIndex(1, badges);
        if (c.disposition() != null && !c.reason().isEmpty()) {
            Paragraph reason = new Paragraph(Phrases.labelled("review.reason", c.reason()));
            reason.addClassNames("samspill-prewrap", "samspill-reason");
            box.add(reason);
        }
        for (CommentRow reply : replies.stream().filter(r -> Objects.equals(r.parentId(), c.id())).toList()) {
            Div r = comment(reply);
            r.addClassName("samspill-reply");
            box.add(r);
        }
        Div actions = new Div();
        boolean onCurrent = c.documentVersion() == page.document().currentVersion();
        if (page.canReply() && onCurrent) {
            Button reply = new Button(getTranslation("review.reply"), VaadinIcon.REPLY.create(),
                    e -> replyForm(c, box, (Button) e.getSource()));
            reply.setId("reply-" + c.id());
            reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(reply);
        }
        if (page.canDispose()) {
            Button dispose = new Button(getTranslation("review.dispose"), VaadinIcon.GAVEL.create(),
                    e -> new DispositionDialog(view.comments(), c, view::reload).open());
            dispose.setId("dispose-" + c.id());
            dispose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(dispose);
        }
        box.add(actions);
        return box;
    }

    private void replyForm(CommentRow c, Div box, Button opener) {
        opener.setEnabled(false);
        TextArea text = new TextArea(getTranslation("review.your-reply"));
        text.setId("reply-text-" + c.id());
        text.setWidthFull();
        TextLimits.apply(text, ReferenceGroupRules.COMMENT_MAX);
        FieldErrors errors = new FieldErrors().bind(text, "review.error.comment-");
        Button send = new Button(getTranslation("review.send-reply"), e -> errors.run(() -> {
            view.comments().reply(c.id(), text.getValue());
            view.reload();
            Notify.success("review.reply-saved");
        }));
        send.setId("send-reply-" + c.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        box.add(text, send);
        text.focus();
    }

    private Div comment(CommentRow c) {
        Div box = new Div();
        box.addClassName("samspill-comment");
        String who = Phrases.facts(c.author(), c.unit() == null ? "" : c.unit(),
                Formats.dateTime(c.createdAt(), zone, getLocale()));
        Div head = new Div(new Span(who));
        head.addClassName("samspill-muted");
        if (c.onBehalfOfUnit()) {
            head.add(status(getTranslation("review.unit-position"), "samspill-flag"));
        }
        Paragraph body = new Paragraph(c.body());
        body.addClassName("samspill-prewrap");
        box.add(head, body);
        return box;
    }

    private Span dispositionBadge(CommentRow c) {
        if (c.disposition() == null) {
            return status(getTranslation("review.disposition.none"), "samspill-flag");
        }
        return status(getTranslation(c.disposition().labelKey()), switch (c.disposition()) {
            case ACCEPTED -> "samspill-status-green";
            case PARTLY_ACCEPTED -> "samspill-status-yellow";
            case REJECTED -> "samspill-status-red";
            case NOTED -> "samspill-status-done";
        });
    }

    private static Span status(String text, String className) {
        Span s = new Span(text);
        s.addClassNames("samspill-status", className);
        return s;
    }

}
