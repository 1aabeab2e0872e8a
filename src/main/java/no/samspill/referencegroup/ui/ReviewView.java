package no.samspill.referencegroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Routes;
import no.samspill.referencegroup.CommentLogService;
import no.samspill.referencegroup.CommentFilter;
import no.samspill.referencegroup.DocumentSummary;
import no.samspill.referencegroup.GroupRoutes;
import no.samspill.referencegroup.ReviewCommentService;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.referencegroup.ReviewPage;
import no.samspill.referencegroup.ReviewState;
import no.samspill.referencegroup.SectionChange;
import no.samspill.referencegroup.SectionDiff;
import no.samspill.referencegroup.SectionRow;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The review screen: the sections of one version on the left, the comments on the chosen section on the right.
 * Filters narrow both sides to my comments, comments without a disposition, or sections changed since the previous
 * version; "show changes" shows each section as a word diff against that version.
 */
@Route(GroupRoutes.REVIEW)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class ReviewView extends DetailView {

    /** Sections drawn at once (ReviewViewTest counts on 40). */
    private static final int SECTIONS_SHOWN = 40;

    private final ReviewDocumentService documents;
    private final ReviewCommentService comments;
    private final CommentLogService log;
    private long documentId;
    private int version;
    private CommentFilter filter = CommentFilter.ALL;
    private boolean showChanges;
    private @Nullable String selected;
    // set by beforeEnter (through reload) before Vaadin attaches the view; nothing reads it before that
    @SuppressWarnings("NullAway.Init")
    private ReviewPage page;
    private SplitLayout split = new SplitLayout();
    private final List<SectionCard> cards = new ArrayList<>();
    // the event the section list sends when a card is clicked or chosen with the keyboard, and its section
    private static final String PICKED = "samspill-section-pick";
    private static final String PICKED_NUMBER = "event.detail.number";

    ReviewView(ReviewDocumentService documents, ReviewCommentService comments, CommentLogService log) {
        super(GroupRoutes.DOCUMENT_ID);
        this.documents = documents;
        this.comments = comments;
        this.log = log;
        setWidthFull();
        setSpacing(false);
        addClassName("samspill-review");
    }

    static RouteParameters params(long documentId) {
        return Routes.id(GroupRoutes.DOCUMENT_ID, documentId);
    }

    @Override
    protected void open(long id) {
        documentId = id;
        version = 0;
        reload();
    }

    /** Reads the page again (after a change, or for another version) and keeps the chosen section if it is there. */
    void reload() {
        page = documents.page(documentId, version);
        title(page.document().title());
        version = page.viewedVersion();
        showChanges = showChanges && version > 1;
        render();
    }

    ReviewPage page() {
        return page;
    }

    ReviewCommentService comments() {
        return comments;
    }

    CommentFilter filter() {
        return filter;
    }

    ReviewDocumentService documents() {
        return documents;
    }

    ZoneId timeZone() {
        return documents.timeZone();
    }

    private void render() {
        removeAll();
        DocumentSummary d = page.document();
        add(new H1(d.title()));
        HorizontalLayout meta = new HorizontalLayout(new Span(getTranslation(d.kind().labelKey())),
                new RouterLink(d.groupName(), GroupView.class, GroupView.params(d.groupId())),
                new Span(Phrases.dashed(Formats.date(d.opensOn(), getLocale()), Formats.date(d.closesOn(), getLocale()))),
                stateBadge(d));
        meta.setAlignItems(FlexComponent.Alignment.CENTER);
        meta.addClassName("samspill-muted");
        add(meta, notice(), toolbar());
        List<SectionRow> visible = page.sections().stream().filter(s -> s.matches(filter)).toList();
        if (selected == null || visible.stream().noneMatch(s -> s.number().equals(selected))) {
            selected = visible.isEmpty() ? null : visible.getFirst().number();
        }
        split = new SplitLayout(sections(visible), new CommentsPanel(this, selected));
        split.setWidthFull();
        split.addClassName("samspill-review-split");
        split.setSplitterPosition(58);
        add(split);
        cards.stream().filter(c -> c.getId().equals(Optional.of("section-" + selected))).findFirst()
                .ifPresent(c -> c.getElement().executeJs("this.scrollIntoView({block: 'nearest'})"));
    }

    private Paragraph notice() {
        DocumentSummary d = page.document();
        String text;
        if (page.formerMember()) {
            text = getTranslation("review.notice.former");
        } else if (!page.isCurrent()) {
            text = getTranslation("review.notice.old-version", page.viewedVersion(), d.currentVersion());
        } else if (d.state() == ReviewState.NOT_OPEN) {
            text = getTranslation("review.notice.not-open", Formats.date(d.opensOn(), getLocale()));
        } else if (d.state() == ReviewState.CLOSED) {
            text = getTranslation("review.notice.closed", Formats.date(d.closesOn(), getLocale()));
        } else if (page.canComment()) {
            text = getTranslation("review.notice.open", Formats.date(d.closesOn(), getLocale()));
        } else {
            text = getTranslation("review.notice.lead", Formats.date(d.closesOn(), getLocale()));
        }
        Paragraph p = new Paragraph(text);
        p.setId("review-notice");
        p.addClassName(d.state() == ReviewState.OPEN && page.isCurrent() && !page.formerMember() ? "samspill-ok"
                : "samspill-warning");
        return p;
    }

    private HorizontalLayout toolbar() {
        Select<Integer> versions = new Select<>();
        versions.setAriaLabel(getTranslation("review.version"));
        versions.setId("version-select");
        versions.setWidth("15rem");
        versions.setItems(page.versions().stream().map(v -> v.number()).sorted((a, b) -> b - a).toList());
        versions.setItemLabelGenerator(n -> getTranslation(n == page.document().currentVersion()
                ? "review.version-current" : "review.version-n", n));
        versions.setValue(page.viewedVersion());
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                version = e.getValue();
                reload();
            }
        });
        Checkbox changes = new Checkbox(getTranslation("review.show-changes"), showChanges);
        changes.setId("show-changes");
        changes.setEnabled(page.viewedVersion() > 1);
        changes.setTooltipText(getTranslation("review.show-changes-help"));
        changes.addValueChangeListener(e -> {
            showChanges = e.getValue();
            render();
        });
        RadioButtonGroup<CommentFilter> filters = new RadioButtonGroup<>();
        filters.setAriaLabel(getTranslation("review.filter"));
        filters.setId("review-filter");
        filters.setItems(CommentFilter.values());
        filters.setItemLabelGenerator(f -> getTranslation("review.filter." + f.name()));
        filters.setValue(filter);
        filters.addValueChangeListener(e -> {
            filter = e.getValue() == null ? CommentFilter.ALL : e.getValue();
            render();
        });
        HorizontalLayout bar = new HorizontalLayout(versions, changes, filters);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        bar.setWidthFull();
        Component downloads = downloads();
        bar.add(downloads);
        bar.setFlexGrow(1, downloads);
        if (page.canPublish()) {
            Button next = new Button(getTranslation("review.new-version"), VaadinIcon.COPY_O.create(),
                    e -> PublishDialog.forNewVersion(documents, page.document(), saved -> {
                        version = 0;
                        reload();
                    }).open());
            next.setId("new-version");
            Button window = new Button(getTranslation("review.change-window"), VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> new WindowDialog(documents, page.document(), this::reload).open());
            window.setId("change-window");
            bar.add(next, window);
        }
        return bar;
    }

    private Component downloads() {
        ZoneId zone = documents.timeZone();
        long id = documentId;
        String file = getTranslation("log.file") + "-" + id;
        Div links = new Div(Downloads.link("log-xlsx", getTranslation("review.log-xlsx"), VaadinIcon.TABLE,
                file + ".xlsx", Downloads.XLSX, t -> log.xlsx(id, zone, t)),
                Downloads.link("log-pdf", getTranslation("review.log-pdf"), VaadinIcon.FILE_TEXT_O, file + ".pdf",
                        Downloads.PDF, t -> log.pdf(id, t)));
        links.addClassName("samspill-review-downloads");
        return links;
    }

    private Component sections(List<SectionRow> visible) {
        Div list = new Div();
        list.setId("review-sections");
        list.addClassName("samspill-review-sections");
        // one listener for all the sections rather than three on each card (SectionCard says why): a click in a
        // card, or Enter or Space on one, becomes one event that names the section
        list.getElement().executeJs("const pick = c => this.dispatchEvent(new CustomEvent($0, {detail: {number:"
                + " c.getAttribute($1)}}));"
                + " this.addEventListener('click', e => { const c = e.target.closest('[' + $1 + ']'); if (c) { pick(c); } });"
                + " this.addEventListener('keydown', e => { if ((e.key === 'Enter' || e.key === ' ')"
                + " && e.target.hasAttribute($1)) { e.preventDefault(); pick(e.target); } });", PICKED,
                SectionCard.SECTION);
        list.getElement().addEventListener(PICKED, this::picked).addEventData(PICKED_NUMBER);
        if (visible.isEmpty()) {
            list.add(new Paragraph(getTranslation("review.no-sections")));
        }
        Map<String, SectionDiff> diffs = showChanges ? documents.diff(documentId, version).stream()
                .filter(x -> !x.removed()).collect(Collectors.toMap(SectionDiff::number, x -> x)) : Map.of();
        cards.clear();
        // a requirement specification may have hundreds of sections: the first ones are drawn, and the chosen one
        // with those before it, and the rest on request, as the comments are
        int at = 0;
        while (at < visible.size() && !visible.get(at).number().equals(selected)) {
            at++;
        }
        more(list, visible, diffs, 0, Math.max(SECTIONS_SHOWN, at < visible.size() ? at + 1 : 0));
        return list;
    }

    /** Adds the sections from {@code from} up to {@code to}, then a button for the rest, or the removed sections. */
    private void more(Div list, List<SectionRow> visible, Map<String, SectionDiff> diffs, int from, int to) {
        int end = Math.min(to, visible.size());
        for (SectionRow s : visible.subList(from, end)) {
            SectionCard card = new SectionCard(s, diffs.get(s.number()), s.number().equals(selected));
            cards.add(card);
            list.add(card);
        }
        if (end < visible.size()) {
            Button more = new Button(getTranslation("review.more-sections", Math.min(SECTIONS_SHOWN,
                    visible.size() - end), visible.size() - end));
            more.setId("more-sections");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(e -> {
                list.remove(more);
                more(list, visible, diffs, end, end + SECTIONS_SHOWN);
                // the keyboard user lands on the first new section, not at the top of the page
                cards.get(end).getElement().callJsFunction("focus");
            });
            list.add(more);
        } else if (showChanges && filter != CommentFilter.MINE && filter != CommentFilter.UNDISPOSED) {
            documents.diff(documentId, version).stream().filter(SectionDiff::removed)
                    .forEach(x -> list.add(SectionCard.removed(x)));
        }
    }

    /** A click or Enter on a section card; elsewhere in the list (the "more" button) it names none. */
    private void picked(DomEvent e) {
        JsonNode number = e.getEventData().get(PICKED_NUMBER);
        if (number != null && number.isString()) {
            select(number.asString());
        }
    }

    /** Shows another section's comments; the list keeps its scroll position, so the reader keeps their place. */
    private void select(String number) {
        selected = number;
        cards.forEach(c -> c.select(c.getId().equals(Optional.of("section-" + number))));
        split.addToSecondary(new CommentsPanel(this, selected));
    }

    static Span stateBadge(DocumentSummary d) {
        Span badge = new Span(UI.getCurrent().getTranslation(d.state().labelKey()));
        badge.addClassNames("samspill-status", switch (d.state()) {
            case OPEN -> "samspill-status-green";
            case NOT_OPEN -> "samspill-status-yellow";
            case CLOSED -> "samspill-status-done";
        });
        return badge;
    }
}
