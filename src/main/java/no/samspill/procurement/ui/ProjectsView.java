package no.samspill.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import no.samspill.platform.security.Role;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Rows;
import no.samspill.procurement.Category;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectRoutes;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;

/** The buyer tenant's procurement projects: search, filter by phase and category, open one, or start a new one. */
@Route("projects")
@BuyerOnly
@Menu(title = "nav.projects", order = 10, icon = "vaadin:folder-open")
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class ProjectsView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectService projects;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Phase> phase = new Select<>();
    private final Select<Category> category = new Select<>();

    ProjectsView(ProjectService projects) {
        this.projects = projects;
        setSizeFull();
        search.setPlaceholder(getTranslation("projects.search"));
        search.setAriaLabel(getTranslation("projects.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        phase.setAriaLabel(getTranslation("projects.phase"));
        phase.setItems(Phase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("projects.all-phases"));
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("projects.all-phases")
                : getTranslation(p.labelKey()));
        category.setAriaLabel(getTranslation("projects.category"));
        category.setItems(Category.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("projects.all-categories"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("projects.all-categories")
                : getTranslation(c.labelKey()));
        search.addValueChangeListener(e -> refresh());
        phase.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, phase, category);
        toolbar.setWidthFull();
        toolbar.expand(search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (projects.canEdit()) {
            Button create = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create(),
                    e -> new ProjectDialog(projects, null, saved -> open(saved.id())).open());
            create.setId("new-project");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        configureGrid(projects.timeZone());
        add(new H1(getTranslation("projects.title")), toolbar, grid);
    }

    private void configureGrid(ZoneId zone) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectSummary::reference).setHeader(getTranslation("project.reference")).setAutoWidth(true)
                .setFlexGrow(0);
        Rows.titleLink(grid, ProjectSummary::title, p -> ProjectRoutes.project(p.id()))
                .setHeader(getTranslation("project.title")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.category().labelKey()))
                .setHeader(getTranslation("project.category")).setFlexGrow(1);
        grid.addComponentColumn(p -> PhaseBadge.of(p.phase())).setHeader(getTranslation("project.phase"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.leadName() == null ? "" : p.leadName()).setHeader(getTranslation("project.lead"))
                .setFlexGrow(1);
        grid.addColumn(p -> Formats.date(p.createdAt(), zone, getLocale())).setHeader(getTranslation("project.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("projects.empty"));
        grid.setItems(q -> projects.search(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) projects.count(filter()));
        Rows.open(grid, p -> ProjectRoutes.project(p.id()));
    }

    private ProjectFilter filter() {
        return new ProjectFilter(search.getValue(), phase.getValue(), category.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(long projectId) {
        getUI().ifPresent(ui -> ui.navigate(ProjectView.class, ProjectView.params(projectId)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("projects.title");
    }
}
