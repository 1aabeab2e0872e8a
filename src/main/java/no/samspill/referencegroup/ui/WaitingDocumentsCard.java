package no.samspill.referencegroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.ui.Card;
import no.samspill.platform.ui.DashboardCard;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.referencegroup.WaitingDocument;

/** Dashboard card: documents open for review in my groups that I have not commented on yet, soonest closing first. */
@org.springframework.stereotype.Component
class WaitingDocumentsCard implements DashboardCard {

    private final ReviewDocumentService documents;

    WaitingDocumentsCard(ReviewDocumentService documents) {
        this.documents = documents;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public Optional<Component> create() {
        List<WaitingDocument> waiting = documents.waitingForMe();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        UnorderedList list = new UnorderedList();
        for (WaitingDocument d : waiting) {
            list.add(new ListItem(new RouterLink(d.title(), ReviewView.class, ReviewView.params(d.documentId())),
                    new Span(" – " + Phrases.facts(d.groupName(), ui.getTranslation("dashboard.reviews.closes",
                            Formats.date(d.closesOn(), ui.getLocale()))))));
        }
        Card card = new Card(ui.getTranslation("dashboard.reviews.title"), list);
        card.setId("waiting-reviews");
        return Optional.of(card);
    }
}
