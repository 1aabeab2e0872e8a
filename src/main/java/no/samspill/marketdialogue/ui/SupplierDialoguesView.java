package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import no.samspill.marketdialogue.DialogueRoutes;
import no.samspill.marketdialogue.ResponseService;
import no.samspill.marketdialogue.SupplierDialogueRow;
import no.samspill.platform.security.Role;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Countdown;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Rows;

/** A supplier's market dialogues: those it was invited to and the open ones, with status and time left. */
@Route("market-dialogues")
@Menu(title = "nav.dialogues", order = 20, icon = "vaadin:comments-o")
@RolesAllowed(Role.SUPPLIER_USER_NAME)
class SupplierDialoguesView extends VerticalLayout implements HasDynamicTitle {

    SupplierDialoguesView(ResponseService responses, Clock clock) {
        setSizeFull();
        Grid<SupplierDialogueRow> grid = new Grid<>();
        grid.setId("supplier-dialogues");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Rows.titleLink(grid, SupplierDialogueRow::title, r -> DialogueRoutes.response(r.dialogueId()))
                .setHeader(getTranslation("dialogue.title")).setFlexGrow(3);
        grid.addColumn(SupplierDialogueRow::buyerName).setHeader(getTranslation("respond.buyer")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.accessMode().labelKey()))
                .setHeader(getTranslation("dialogue.access")).setAutoWidth(true);
        grid.addComponentColumn(r -> StatusBadge.of(r.status())).setHeader(getTranslation("respond.your-status"))
                .setAutoWidth(true);
        UI ui = UI.getCurrent();
        // the buyer's zone, named: the supplier may sit in another
        grid.addColumn(r -> Phrases.facts(Formats.dateTimeZoned(r.deadline(), r.buyerZone(), getLocale()),
                        Countdown.text(r.deadline(), clock.instant(), ui)))
                .setHeader(getTranslation("dialogue.deadline")).setAutoWidth(true);
        grid.setItems(responses.myDialogues());
        grid.setEmptyStateText(getTranslation("respond.none"));
        Rows.open(grid, r -> DialogueRoutes.response(r.dialogueId()));
        add(new H1(getTranslation("respond.title")), new Paragraph(getTranslation("respond.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("respond.title");
    }
}
