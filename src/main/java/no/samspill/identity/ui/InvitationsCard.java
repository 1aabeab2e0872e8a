package no.samspill.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import no.samspill.identity.InvitationAnswers;
import no.samspill.platform.ui.Card;
import no.samspill.platform.ui.DashboardCard;

/** Dashboard card: invitations from other tenants that wait for the user's answer. */
@org.springframework.stereotype.Component
class InvitationsCard implements DashboardCard {

    private final InvitationAnswers answers;

    InvitationsCard(InvitationAnswers answers) {
        this.answers = answers;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Component> create() {
        int count = answers.pending().size();
        if (count == 0) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(ui.getTranslation("invitations.title"),
                new Paragraph(ui.getTranslation("invitations.card", count)),
                new RouterLink(ui.getTranslation("invitations.open"), InvitationsView.class));
        card.setId("invitations-card");
        return Optional.of(card);
    }
}
