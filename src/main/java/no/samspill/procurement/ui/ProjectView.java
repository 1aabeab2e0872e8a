package no.samspill.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Routes;
import no.samspill.procurement.ProjectRoutes;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.procurement.ProjectTab;

/**
 * One project: its phase steps on top, then tabs. Overview and history are this module's; market dialogue,
 * reference groups, action plans and steering papers add theirs as ProjectTab beans.
 */
@Route(ProjectRoutes.PROJECT)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class ProjectView extends DetailView {

    private final ProjectService projects;
    private final List<ProjectTab> featureTabs;

    ProjectView(ProjectService projects, List<ProjectTab> featureTabs) {
        super(ProjectRoutes.PROJECT_ID);
        this.projects = projects;
        this.featureTabs = featureTabs.stream().sorted(Comparator.comparingInt(ProjectTab::order)).toList();
        setSizeFull();
    }

    static RouteParameters params(long projectId) {
        return Routes.id(ProjectRoutes.PROJECT_ID, projectId);
    }

    @Override
    protected void open(long id) {
        show(projects.get(id));
    }

    private void show(ProjectSummary project) {
        removeAll();
        title(project.reference() + " " + project.title());
        Span reference = new Span(project.reference());
        reference.addClassName("samspill-reference");
        H1 heading = new H1(project.title());
        HorizontalLayout header = new HorizontalLayout(heading, PhaseBadge.of(project.phase()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("project.tab.overview"),
                new OverviewTab(projects, project, () -> show(projects.get(project.id()))));
        for (ProjectTab tab : featureTabs) {
            tab.create(project).ifPresent(content -> tabs.add(getTranslation(tab.labelKey()), content));
        }
        tabs.add(getTranslation("project.tab.history"), (Component) new HistoryTab(projects, project.id()));
        add(reference, header, new PhaseSteps(project.phase()), tabs);
    }
}
