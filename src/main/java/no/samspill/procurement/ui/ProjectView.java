package no.samspill.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.Role;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.procurement.ProjectTab;

/**
 * One project: its phase steps on top, then tabs. Overview and history are this module's; market dialogue,
 * reference groups, action plans and steering papers add theirs as ProjectTab beans.
 */
@Route("projects/:projectId")
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAM = "projectId";
    private final ProjectService projects;
    private final List<ProjectTab> featureTabs;
    private String title = "";

    ProjectView(ProjectService projects, List<ProjectTab> featureTabs) {
        this.projects = projects;
        this.featureTabs = featureTabs.stream().sorted(Comparator.comparingInt(ProjectTab::order)).toList();
        setSizeFull();
    }

    static RouteParameters params(long projectId) {
        return new RouteParameters(PARAM, String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PARAM).orElseThrow(NotFoundException::new);
        show(projects.get(id));
    }

    private void show(ProjectSummary project) {
        removeAll();
        title = project.reference() + " " + project.title();
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

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
