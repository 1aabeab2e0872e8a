package no.samspill.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.identity.AccountService;
import no.samspill.identity.AccountSummary;
import no.samspill.platform.ui.Card;
import no.samspill.platform.ui.DashboardCard;

/** Dashboard card: the user's roles in the active tenant, and where else they are a member. */
@org.springframework.stereotype.Component
class AccountCard implements DashboardCard {

    private final AccountService accounts;

    AccountCard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        AccountSummary me = accounts.me();
        UI ui = UI.getCurrent();
        Paragraph roles = new Paragraph();
        roles.setId("my-roles");
        if (me.activeTenant() == null) {
            roles.setText(ui.getTranslation(me.platformAdmin() ? "dashboard.roles.platform-admin"
                    : "dashboard.roles.none"));
        } else {
            roles.setText(me.activeTenant().roles().stream().sorted().map(r -> ui.getTranslation(r.labelKey()))
                    .collect(Collectors.joining(", ")));
        }
        Card card = new Card(ui.getTranslation("dashboard.roles.title"), roles);
        if (me.platformAdmin() && me.activeTenant() != null) {
            card.add(new Paragraph(ui.getTranslation("dashboard.roles.platform-admin")));
        }
        if (me.grants().size() > 1) {
            card.add(new Span(ui.getTranslation("dashboard.roles.other-tenants", me.grants().size() - 1)));
        }
        return Optional.of(card);
    }
}
