package no.samspill.referencegroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Optional;
import no.samspill.platform.ui.Rows;
import no.samspill.procurement.ProjectSummary;
import no.samspill.procurement.ProjectTab;
import no.samspill.referencegroup.GroupRoutes;
import no.samspill.referencegroup.GroupService;
import no.samspill.referencegroup.GroupSummary;

/** The project page's "Reference groups" tab, for the buyer's procurement leads and admins. */
@org.springframework.stereotype.Component
class GroupTab implements ProjectTab {

    private final GroupService groups;

    GroupTab(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "nav.groups";
    }

    @Override
    public Optional<Component> create(ProjectSummary project) {
        if (!groups.canCreate()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Grid<GroupSummary> grid = new Grid<>();
        Rows.titleLink(grid, GroupSummary::name, g -> GroupRoutes.group(g.id()))
                .setHeader(ui.getTranslation("group.name")).setFlexGrow(3);
        grid.addColumn(GroupSummary::activeMembers).setHeader(ui.getTranslation("group.active-members"))
                .setAutoWidth(true);
        grid.addColumn(GroupSummary::missingUnits).setHeader(ui.getTranslation("group.missing")).setAutoWidth(true);
        grid.setItems(groups.forProject(project.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(ui.getTranslation("groups.none-project"));
        grid.setId("project-groups");
        Rows.open(grid, g -> GroupRoutes.group(g.id()));
        return Optional.of(grid);
    }
}
