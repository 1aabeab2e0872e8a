package no.samspill.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.actionplan.ActionPlanRoutes;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.ConferenceSummary;
import no.samspill.actionplan.RoundTableService;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.Role;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Rows;

/** The tenant's round-table conferences; a new one starts here. */
@Route("round-tables")
@BuyerOnly
@Menu(title = "nav.round-tables", order = 31, icon = "vaadin:group")
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class RoundTablesView extends VerticalLayout implements HasDynamicTitle {

    RoundTablesView(RoundTableService roundTables, ActionPlanService plans) {
        setSizeFull();
        add(new H1(getTranslation("roundtables.title")), new Paragraph(getTranslation("roundtables.intro")));
        if (plans.canEdit()) {
            Button create = new Button(getTranslation("roundtables.new"), VaadinIcon.PLUS.create(),
                    e -> newDialog(roundTables).open());
            create.setId("new-round-table");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<ConferenceSummary> grid = new Grid<>();
        grid.addColumn(c -> Formats.longDate(c.heldOn(), getLocale())).setHeader(getTranslation("roundtable.held-on")).setAutoWidth(true);
        Rows.titleLink(grid, ConferenceSummary::title, c -> ActionPlanRoutes.roundTable(c.id()))
                .setHeader(getTranslation("roundtable.title")).setFlexGrow(3);
        grid.addColumn(ConferenceSummary::place).setHeader(getTranslation("roundtable.place")).setFlexGrow(1);
        grid.setItems(roundTables.conferences());
        grid.setEmptyStateText(getTranslation("roundtables.none"));
        Rows.open(grid, c -> ActionPlanRoutes.roundTable(c.id()));
        add(grid);
    }

    private Dialog newDialog(RoundTableService roundTables) {
        Dialog dialog = new Dialog(getTranslation("roundtables.new"));
        dialog.setWidth("40rem");
        TextField title = new TextField(getTranslation("roundtable.title"));
        DatePicker heldOn = DatePickers.date(getTranslation("roundtable.held-on"));
        TextField place = new TextField(getTranslation("roundtable.place"));
        TextArea topic = new TextArea(getTranslation("roundtable.topic"));
        FormLayout form = new FormLayout(title, heldOn, place, topic);
        form.setColspan(title, 2);
        form.setColspan(topic, 2);
        dialog.add(form);
        FormDialog.saveCancel(dialog, "save-round-table", () -> {
            if (heldOn.getValue() == null) {
                throw new ValidationException("roundtable.error.date");
            }
            ConferenceSummary c = roundTables.create(title.getValue(), heldOn.getValue(), place.getValue(),
                    topic.getValue());
            getUI().ifPresent(ui -> ui.navigate(RoundTableView.class, RoundTableView.params(c.id())));
        }).bind(heldOn, "roundtable.error.date");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("roundtables.title");
    }
}
