package no.samspill.referencegroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.samspill.platform.Mandate;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Rows;
import no.samspill.procurement.Category;
import no.samspill.procurement.ProjectSummary;
import no.samspill.referencegroup.GroupDetails;
import no.samspill.referencegroup.GroupForm;
import no.samspill.referencegroup.GroupKind;
import no.samspill.referencegroup.GroupRoutes;
import no.samspill.referencegroup.GroupService;
import no.samspill.referencegroup.GroupSummary;
import org.jspecify.annotations.Nullable;

/** The tenant's reference groups and product councils; members see the groups they belong to. */
@Route("groups")
@BuyerOnly
@Menu(title = "nav.groups", order = 25, icon = "vaadin:doctor")
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class GroupsView extends VerticalLayout implements HasDynamicTitle {

    private final GroupService groups;

    GroupsView(GroupService groups) {
        this.groups = groups;
        setSizeFull();
        add(new H1(getTranslation("groups.title")), new Paragraph(getTranslation("groups.intro")));
        boolean lead = groups.canCreate();
        if (lead) {
            Button create = new Button(getTranslation("groups.new"), VaadinIcon.PLUS.create(),
                    e -> newDialog().open());
            create.setId("new-group");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<GroupSummary> grid = new Grid<>();
        Rows.titleLink(grid, GroupSummary::name, g -> GroupRoutes.group(g.id()))
                .setHeader(getTranslation("group.name")).setFlexGrow(3);
        grid.addColumn(g -> getTranslation(g.kind().labelKey())).setHeader(getTranslation("group.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> scope(this, g.kind(), g.scope())).setHeader(getTranslation("group.scope")).setFlexGrow(2);
        grid.addColumn(GroupSummary::activeMembers).setHeader(getTranslation("group.active-members"))
                .setAutoWidth(true).setFlexGrow(0);
        if (lead) {
            grid.addColumn(GroupSummary::missingUnits).setHeader(getTranslation("group.missing")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        // paged and filtered in the database: a region has hundreds of groups
        TextField search = new TextField();
        search.setId("groups-search");
        search.setPlaceholder(getTranslation("groups.search"));
        search.setAriaLabel(getTranslation("groups.search"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        add(search);
        grid.setItems(q -> groups.groups(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) groups.countGroups(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setEmptyStateText(getTranslation(lead ? "groups.none" : "groups.none-member"));
        Rows.open(grid, g -> GroupRoutes.group(g.id()));
        add(grid);
    }

    /** What a group covers, as shown: a council's category by its name, a reference group's project as is. */
    static String scope(Component owner, GroupKind kind, @Nullable String scope) {
        if (scope == null) {
            return "";
        }
        return kind == GroupKind.PRODUCT_COUNCIL ? owner.getTranslation("category." + scope) : scope;
    }

    private Dialog newDialog() {
        Dialog dialog = new Dialog(getTranslation("groups.new"));
        dialog.setWidth("44rem");
        RadioButtonGroup<GroupKind> kind = new RadioButtonGroup<>(getTranslation("group.kind"));
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(GroupKind.REFERENCE_GROUP);
        TextField name = new TextField(getTranslation("group.name"));
        name.setId("group-name");
        ComboBox<ProjectSummary> project = new ComboBox<>(getTranslation("group.project"));
        // lazy and searchable: a tenant has thousands of projects
        project.setItems(q -> groups.projectOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> (int) groups.countProjectOptions(q.getFilter().orElse("")));
        project.setItemLabelGenerator(p -> p.reference() + " " + p.title());
        ComboBox<Category> category = new ComboBox<>(getTranslation("group.category"));
        category.setItems(List.of(Category.values()));
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setVisible(false);
        kind.addValueChangeListener(e -> {
            project.setVisible(e.getValue() == GroupKind.REFERENCE_GROUP);
            category.setVisible(e.getValue() == GroupKind.PRODUCT_COUNCIL);
        });
        Checkbox fixed = new Checkbox(getTranslation("group.fixed"));
        TextArea purpose = new TextArea(getTranslation("group.purpose"));
        FormLayout form = new FormLayout(kind, name, project, category, fixed, purpose);
        form.setColspan(kind, 2);
        form.setColspan(name, 2);
        form.setColspan(purpose, 2);
        dialog.add(form);
        FormDialog.saveCancel(dialog, "save-group", () -> {
            GroupDetails g = groups.create(new GroupForm(kind.getValue(), name.getValue(),
                    project.getValue() == null ? null : project.getValue().id(), category.getValue(),
                    fixed.getValue(), new Mandate(purpose.getValue(), "", "", null, null, null)));
            getUI().ifPresent(ui -> ui.navigate(GroupView.class, GroupView.params(g.id())));
        }).bind(name, "group.error.name");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("groups.title");
    }
}
