package no.samspill.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import no.samspill.actionplan.ActionPlanRules;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.ItemStatus;
import no.samspill.actionplan.PlanSummary;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Rows;
import no.samspill.platform.ui.TextLimits;

/** The tenant's action plans with their status counts. */
@Route("action-plans")
@BuyerOnly
@Menu(title = "nav.action-plans", order = 30, icon = "vaadin:tasks")
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class ActionPlansView extends VerticalLayout implements HasDynamicTitle {

    ActionPlansView(ActionPlanService plans) {
        setSizeFull();
        add(new H1(getTranslation("plans.title")), new Paragraph(getTranslation("plans.intro")));
        if (plans.canEdit()) {
            Button create = new Button(getTranslation("plans.new"), VaadinIcon.PLUS.create(),
                    e -> newPlanDialog(plans).open());
            create.setId("new-plan");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<PlanSummary> grid = new Grid<>();
        Rows.titleLink(grid, PlanSummary::title, p -> ActionPlanRoutes.plan(p.id()))
                .setHeader(getTranslation("plans.plan")).setFlexGrow(3);
        for (ItemStatus s : ItemStatus.values()) {
            grid.addColumn(p -> p.counts().get(s)).setHeader(getTranslation(s.labelKey()))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(PlanSummary::overdue).setHeader(getTranslation("item.overdue")).setAutoWidth(true);
        grid.setItems(plans.plans());
        grid.setEmptyStateText(getTranslation("plans.none"));
        Rows.open(grid, p -> ActionPlanRoutes.plan(p.id()));
        add(grid);
    }

    private Dialog newPlanDialog(ActionPlanService plans) {
        Dialog dialog = new Dialog(getTranslation("plans.new"));
        TextField title = new TextField(getTranslation("plans.plan"));
        TextLimits.apply(title, ActionPlanRules.TITLE_MAX);
        title.setWidthFull();
        TextArea description = new TextArea(getTranslation("plans.description"));
        TextLimits.apply(description, ActionPlanRules.TEXT_MAX);
        description.setWidthFull();
        dialog.add(title, description);
        FormDialog.saveCancel(dialog, "save-plan", () -> {
            PlanSummary plan = plans.createPlan(title.getValue(), description.getValue());
            getUI().ifPresent(ui -> ui.navigate(ActionPlanView.class, ActionPlanView.params(plan.id())));
        });
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("plans.title");
    }
}
