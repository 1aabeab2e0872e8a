package no.samspill.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samspill.identity.AccountService;
import no.samspill.identity.AccountSummary;
import no.samspill.platform.ui.DashboardCard;
import no.samspill.platform.ui.PageTitles;

/** "My work": the cards that features contribute, in their order. */
@Route("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:home")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(AccountService accounts, List<DashboardCard> cards) {
        AccountSummary me = accounts.me();
        H1 title = new H1(getTranslation("dashboard.title"));
        Paragraph greeting = new Paragraph(getTranslation("dashboard.greeting", me.displayName()));
        greeting.addClassName("samspill-lead");
        Div grid = new Div();
        grid.addClassName("samspill-card-grid");
        cards.stream().sorted(Comparator.comparingInt(DashboardCard::order))
                .map(DashboardCard::create).flatMap(Optional::stream)
                .forEach(grid::add);
        add(title, greeting, grid);
        if (grid.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.empty")));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("dashboard.title");
    }

}
