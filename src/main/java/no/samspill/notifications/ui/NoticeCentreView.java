package no.samspill.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.samspill.notifications.NoticeArgs;
import no.samspill.notifications.NoticeCentre;
import no.samspill.notifications.NoticeRow;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Phrases;
import org.jspecify.annotations.Nullable;

/**
 * The notification centre: the user's notices, newest first, under a heading per day (in the active tenant's
 * zone), a page at a time from the database. Opening a notice marks it read and goes to its object, whose view
 * checks access again. Every action is a button, so the list works with the keyboard alone. Reached from the
 * bell in the header (not the side menu, which lists the work areas).
 */
@Route(NoticeCentreView.ROUTE)
@PermitAll
class NoticeCentreView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notifications";
    static final int PAGE = 30;

    private final NoticeCentre centre;
    private final ZoneId zone;
    private final Div list = new Div();
    private final Button more = new Button();
    private final Paragraph empty = new Paragraph();
    private int loaded;
    private @Nullable LocalDate lastDay;

    NoticeCentreView(NoticeCentre centre) {
        this.centre = centre;
        this.zone = centre.zone();
        Button markAll = new Button(getTranslation("notices.mark-all-read"), e -> markAllRead());
        markAll.setId("mark-all-read");
        RouterLink settings = new RouterLink(getTranslation("notices.settings"), NoticeSettingsView.class);
        settings.setId("notice-settings-link");
        HorizontalLayout actions = new HorizontalLayout(markAll, settings);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        list.setId("notice-list");
        list.setWidthFull();
        more.setText(getTranslation("notices.more"));
        more.setId("more-notices");
        more.addClickListener(e -> loadPage());
        empty.setText(getTranslation("notices.empty"));
        empty.setId("notices-empty");
        add(new H1(getTranslation("notices.title")), actions, empty, list, more);
        loadPage();
    }

    private void loadPage() {
        // one more than shown tells whether there is a next page
        List<NoticeRow> rows = centre.page(loaded, PAGE + 1);
        rows.stream().limit(PAGE).forEach(this::append);
        loaded += Math.min(rows.size(), PAGE);
        more.setVisible(rows.size() > PAGE);
        empty.setVisible(loaded == 0);
    }

    private void append(NoticeRow row) {
        LocalDate day = row.createdAt().atZone(zone).toLocalDate();
        if (!day.equals(lastDay)) {
            H2 heading = new H2(Formats.longDate(day, getLocale()));
            heading.addClassName("samspill-notice-day");
            list.add(heading);
            lastDay = day;
        }
        list.add(item(row));
    }

    private HorizontalLayout item(NoticeRow row) {
        String text = getTranslation(row.messageKey(), NoticeArgs.localised(row.args(), getLocale()));
        Button open = new Button(text, e -> open(row.id()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("samspill-notice-text");
        Span meta = new Span(Phrases.facts(row.tenantName(), Formats.time(row.createdAt(), zone, getLocale())));
        meta.addClassName("samspill-muted");
        HorizontalLayout item = new HorizontalLayout(open, meta);
        item.setAlignItems(FlexComponent.Alignment.BASELINE);
        item.addClassName("samspill-notice");
        item.setId("notice-" + row.id());
        if (row.unread()) {
            item.addClassName("unread");
            Span badge = new Span(getTranslation("notices.unread"));
            badge.getElement().getThemeList().add("badge");
            Button markRead = new Button(getTranslation("notices.mark-read"));
            markRead.setAriaLabel(getTranslation("notices.mark-read.label", text));
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            markRead.addClassName("samspill-mark-read");
            markRead.addClickListener(e -> {
                centre.markRead(row.id());
                item.removeClassName("unread");
                item.remove(badge, markRead);
                NoticeBell.refreshIn(UI.getCurrent());
                open.focus();
            });
            item.addComponentAtIndex(0, badge);
            item.add(markRead);
        }
        return item;
    }

    private void open(long noticeId) {
        String route = centre.open(noticeId);
        UI ui = UI.getCurrent();
        ui.navigate(route);
    }

    private void markAllRead() {
        int marked = centre.markAllRead();
        list.removeAll();
        loaded = 0;
        lastDay = null;
        loadPage();
        NoticeBell.refreshIn(UI.getCurrent());
        Notify.success("notices.marked-all", marked);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("notices.title");
    }
}
