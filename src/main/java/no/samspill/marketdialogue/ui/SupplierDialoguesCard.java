package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.samspill.marketdialogue.ResponseService;
import no.samspill.marketdialogue.SupplierDialogueRow;
import no.samspill.platform.ui.Card;
import no.samspill.platform.ui.DashboardCard;
import no.samspill.platform.ui.Countdown;
import no.samspill.platform.ui.Phrases;

/** Dashboard card for supplier users: the market dialogues open to them, with their status and time left. */
@org.springframework.stereotype.Component
class SupplierDialoguesCard implements DashboardCard {

    private final ResponseService responses;
    private final Clock clock;

    SupplierDialoguesCard(ResponseService responses, Clock clock) {
        this.responses = responses;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public Optional<Component> create() {
        List<SupplierDialogueRow> open = responses.openForDashboard();
        UI ui = UI.getCurrent();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        for (SupplierDialogueRow r : open) {
            RouterLink link = new RouterLink(r.title(), RespondView.class, RespondView.params(r.dialogueId()));
            Span meta = new Span(Phrases.facts(r.buyerName(), Countdown.text(r.deadline(), clock.instant(), ui)));
            meta.addClassName("samspill-muted");
            list.add(new ListItem(link, StatusBadge.of(r.status()), meta));
        }
        Card card = new Card(ui.getTranslation("dashboard.dialogues.title"), list);
        card.setId("my-dialogues");
        card.add(new RouterLink(ui.getTranslation("dashboard.dialogues.all"), SupplierDialoguesView.class));
        return Optional.of(card);
    }
}
