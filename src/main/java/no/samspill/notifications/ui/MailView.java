package no.samspill.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import no.samspill.notifications.MailRenderer;
import no.samspill.notifications.MailRow;
import no.samspill.notifications.MailStatus;
import no.samspill.notifications.SentMailService;
import no.samspill.platform.security.Role;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.PageTitles;
import org.jspecify.annotations.Nullable;

/**
 * The platform admin's view of the outbox: what was sent, what waits for a retry, what failed. Outside the prod
 * profile a selected mail's text is shown with clickable links, so a developer can follow an invitation.
 */
@Route("admin/mail")
@Menu(title = "nav.mail", order = 92, icon = "vaadin:envelope")
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
class MailView extends VerticalLayout implements HasDynamicTitle {

    private final SentMailService mails;
    private final Grid<MailRow> grid = new Grid<>();
    private final Select<MailStatus> status = new Select<>();
    private final Div body = new Div();

    MailView(SentMailService mails) {
        this.mails = mails;
        setSizeFull();
        status.setLabel(getTranslation("mail.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.all"));
        // the empty selection ("all") is labelled too
        status.setItemLabelGenerator(this::label);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        configureGrid();
        body.setId("mail-body");
        body.setWidthFull();
        add(new H1(getTranslation("mail.title")), status, grid);
        if (mails.bodiesShown()) {
            grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
            add(body);
        }
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> time(r.createdAt())).setHeader(getTranslation("mail.created")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> label(r.status())).setHeader(getTranslation("mail.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MailRow::recipient).setHeader(getTranslation("mail.recipient")).setFlexGrow(2);
        grid.addColumn(MailRow::subject).setHeader(getTranslation("mail.subject")).setFlexGrow(3)
                .setTooltipGenerator(MailRow::subject);
        grid.addColumn(MailRow::attempts).setHeader(getTranslation("mail.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::when).setHeader(getTranslation("mail.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.lastError() == null ? "" : r.lastError()).setHeader(getTranslation("mail.last-error"))
                .setFlexGrow(2).setTooltipGenerator(r -> r.lastError() == null ? "" : r.lastError());
        grid.setEmptyStateText(getTranslation("mail.empty"));
        grid.setItems(q -> mails.search(status.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) mails.count(status.getValue()));
    }

    /** Sent: when; pending: the next try; failed: nothing more will happen. */
    private String when(MailRow r) {
        return switch (r.status()) {
            case SENT -> r.sentAt() == null ? "" : getTranslation("mail.sent-at", time(r.sentAt()));
            case PENDING -> getTranslation("mail.next-at", time(r.nextAttemptAt()));
            case FAILED -> "";
        };
    }

    private void show(@Nullable MailRow row) {
        body.removeAll();
        if (row == null) {
            return;
        }
        mails.body(row.id()).ifPresent(content -> {
            body.add(new H2(row.subject()));
            for (String line : content.text().split("\n")) {
                body.add(linked(line));
            }
        });
    }

    /** The line as text, its links as anchors; never as HTML, so nothing in a mail can run in this page. */
    private static Paragraph linked(String line) {
        Paragraph p = new Paragraph();
        Matcher m = MailRenderer.LINK.matcher(line);
        int last = 0;
        while (m.find()) {
            p.add(line.substring(last, m.start()));
            p.add(new Anchor(m.group(), m.group(), AnchorTarget.BLANK));
            last = m.end();
        }
        p.add(line.substring(last));
        return p;
    }

    private String label(@Nullable MailStatus s) {
        if (s == null) {
            return getTranslation("mail.all");
        }
        return getTranslation(s.labelKey());
    }

    private String time(java.time.Instant instant) {
        return Formats.dateTime(instant, ZoneOffset.UTC, getLocale()) + " UTC";
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("mail.title");
    }
}
