package no.samspill.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.samspill.audit.AuditLogService;
import no.samspill.audit.AuditLine;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Card;
import no.samspill.platform.ui.DashboardCard;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;

/** Dashboard card for tenant admins: the latest entries of the tenant's audit log. */
@org.springframework.stereotype.Component
class AuditCard implements DashboardCard {

    private static final int LATEST = 5;
    private final AuditLogService audit;

    AuditCard(AuditLogService audit) {
        this.audit = audit;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create() {
        Optional<List<AuditLine>> entries = audit.latestForDashboard(LATEST, Downloads.translator());
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<AuditLine> latest = entries.get();
        UI ui = UI.getCurrent();
        ZoneId zone = audit.timeZone();
        Card card = new Card(ui.getTranslation("dashboard.audit.title"));
        card.setId("latest-audit");
        if (latest.isEmpty()) {
            card.add(new Paragraph(ui.getTranslation("audit.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            latest.forEach(r -> list.add(new ListItem(Phrases.facts(Formats.dateTimeZoned(r.row().occurredAt(), zone,
                    ui.getLocale()), r.row().actor(), r.action()))));
            card.add(list);
        }
        card.add(new Anchor("audit", ui.getTranslation("dashboard.audit.all")));
        return Optional.of(card);
    }
}
