package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.samspill.steeringgroup.OverseenPlan;
import no.samspill.steeringgroup.OverseenProject;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringPageService;
import no.samspill.steeringgroup.SteeringRules;
import no.samspill.platform.ui.Phrases;

/**
 * What the group oversees: projects with their decision points (a lazy list, a page of projects at a time), and
 * action plans with their overdue items.
 */
class OverseenSection extends SteeringSections {

    OverseenSection(SteeringGroupService groups, SteeringPageService pages, SteeringGroupDetails d,
            Consumer<SteeringGroupDetails> show) {
        add(new H2(getTranslation("steering.overseen")));
        if (d.canManage()) {
            add(button("steering.oversee", "oversee-project", VaadinIcon.EYE,
                    () -> new OverseeProjectDialog(groups, d, show).open()));
        }
        Grid<OverseenProject> projects = new Grid<>();
        projects.setId("overseen-projects");
        sized(projects, SteeringRules.OVERSEEN_PAGE, d.projectCount());
        projects.addColumn(p -> p.reference() + " " + p.title()).setHeader(getTranslation("steering.project"))
                .setFlexGrow(3);
        projects.addColumn(p -> getTranslation(p.phase().labelKey())).setHeader(getTranslation("steering.phase"))
                .setAutoWidth(true);
        projects.addColumn(p -> p.decisionPoints().stream().map(x -> Phrases.dashed(getTranslation("steering.point",
                        getTranslation(x.kind().labelKey()),
                        getTranslation(x.beforePhase().labelKey())),
                        getTranslation(x.withheld() ? "steering.point.withheld"
                                : x.met() ? "steering.point.met" : "steering.point.missing")))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("steering.points")).setFlexGrow(3);
        // lazy: the details hold the first page and the count, further pages are read as it scrolls
        projects.setItems(q -> fromFirst(d.projects(), d.projectCount(), q.getOffset(), q.getLimit())
                        .orElseGet(() -> pages.overseen(d.id(), q.getOffset(), q.getLimit())).stream(),
                q -> (int) d.projectCount());
        projects.setEmptyStateText(getTranslation("steering.overseen.none"));
        add(projects);

        add(new H2(getTranslation("steering.plans")));
        if (d.canManage()) {
            add(button("steering.oversee-plan", "oversee-plan", VaadinIcon.TASKS,
                    () -> new OverseePlanDialog(groups, d, show).open()));
        }
        Grid<OverseenPlan> plans = new Grid<>();
        plans.setId("overseen-plans");
        plans.setAllRowsVisible(true);
        plans.addColumn(OverseenPlan::title).setHeader(getTranslation("steering.plan")).setFlexGrow(3);
        plans.addColumn(OverseenPlan::items).setHeader(getTranslation("steering.plan.items")).setAutoWidth(true);
        plans.addColumn(OverseenPlan::overdue).setHeader(getTranslation("steering.plan.overdue")).setAutoWidth(true);
        plans.setItems(d.plans());
        plans.setEmptyStateText(getTranslation("steering.plans.none"));
        add(plans);
    }
}
