package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import no.samspill.platform.Mandate;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Rows;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringGroupSummary;
import no.samspill.steeringgroup.SteeringRoutes;

/** The tenant's steering groups: the admin sees all, a member the groups they sit in. */
@Route("steering")
@BuyerOnly
@Menu(title = "nav.steering", order = 35, icon = "vaadin:gavel")
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class SteeringGroupsView extends VerticalLayout implements HasDynamicTitle {

    private final SteeringGroupService groups;

    SteeringGroupsView(SteeringGroupService groups) {
        this.groups = groups;
        setSizeFull();
        add(new H1(getTranslation("steering.title")), new Paragraph(getTranslation("steering.intro")));
        if (groups.canCreate()) {
            Button create = new Button(getTranslation("steering.new"), VaadinIcon.PLUS.create(),
                    e -> newDialog().open());
            create.setId("new-steering-group");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<SteeringGroupSummary> grid = new Grid<>();
        grid.setId("steering-groups");
        Rows.titleLink(grid, SteeringGroupSummary::name, g -> SteeringRoutes.group(g.id()))
                .setHeader(getTranslation("steering.name")).setFlexGrow(3);
        grid.addColumn(SteeringGroupSummary::activeMembers).setHeader(getTranslation("steering.active-members"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SteeringGroupSummary::projects).setHeader(getTranslation("steering.projects"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(groups.groups());
        grid.setEmptyStateText(getTranslation("steering.none"));
        Rows.open(grid, g -> SteeringRoutes.group(g.id()));
        add(grid);
    }

    private Dialog newDialog() {
        Dialog dialog = new Dialog(getTranslation("steering.new"));
        dialog.setWidth("40rem");
        TextField name = new TextField(getTranslation("steering.name"));
        name.setId("steering-name");
        name.setRequired(true);
        TextArea purpose = new TextArea(getTranslation("group.purpose"));
        TextField approvedBy = new TextField(getTranslation("group.approved-by"));
        TextField approverRole = new TextField(getTranslation("group.approver-role"));
        FormLayout form = new FormLayout(name, purpose, approvedBy, approverRole);
        form.setColspan(name, 2);
        form.setColspan(purpose, 2);
        dialog.add(form);
        FormDialog.saveCancel(dialog, "save-steering-group", () -> {
            SteeringGroupDetails created = groups.create(name.getValue(), new Mandate(purpose.getValue(),
                    approvedBy.getValue(), approverRole.getValue(), null, null, null));
            getUI().ifPresent(ui -> ui.navigate(SteeringGroupView.class, SteeringGroupView.params(created.id())));
        });
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("steering.title");
    }
}
