package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;
import no.samspill.procurement.ProjectSummary;
import no.samspill.procurement.ProjectTab;
import no.samspill.steeringgroup.DecisionRow;
import no.samspill.steeringgroup.ProjectDecisions;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringRules;

/**
 * The project page's "Steering" tab: the decision points the project must pass and the decisions made about it, a
 * page at a time.
 */
@org.springframework.stereotype.Component
class DecisionsTab implements ProjectTab {

    private final SteeringGroupService groups;

    DecisionsTab(SteeringGroupService groups) {
        this.groups = groups;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "steering.tab";
    }

    @Override
    public Optional<Component> create(ProjectSummary project) {
        UI ui = UI.getCurrent();
        ProjectDecisions d = groups.forProject(project.id());
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setId("project-decisions");
        content.add(new H3(ui.getTranslation("steering.points")));
        if (d.points().isEmpty()) {
            content.add(new Paragraph(ui.getTranslation("steering.points.none")));
        }
        UnorderedList points = new UnorderedList();
        for (ProjectDecisions.Point p : d.points()) {
            points.add(new ListItem(Phrases.dashed(ui.getTranslation("steering.point.by", p.groupName(),
                    ui.getTranslation("steering.point", ui.getTranslation(p.kind().labelKey()),
                            ui.getTranslation(p.beforePhase().labelKey()))),
                    ui.getTranslation(p.withheld() ? "steering.point.withheld"
                            : p.met() ? "steering.point.met" : "steering.point.missing"))));
        }
        content.add(points, new H3(ui.getTranslation("steering.decisions")));
        if (d.decisions().isEmpty()) {
            content.add(new Paragraph(ui.getTranslation("steering.decisions.none")));
        }
        VerticalLayout decisions = new VerticalLayout();
        decisions.setPadding(false);
        content.add(decisions);
        show(ui, decisions, project.id(), 0, d.decisions(), d.decisionCount());
        return Optional.of(content);
    }

    /** A page of decisions, then a button for the next page while there are more: each page is one query. */
    private void show(UI ui, VerticalLayout list, long projectId, int offset, List<DecisionRow> rows, long total) {
        for (DecisionRow r : rows) {
            Paragraph p = new Paragraph(Phrases.facts(Formats.date(r.decidedOn(), ui.getLocale()),
                    ui.getTranslation("steering.package.case") + " " + r.paperNumber() + " " + r.paperTitle())
                    + "\n" + r.conclusion());
            p.addClassName("samspill-prewrap");
            list.add(p);
        }
        int shown = offset + rows.size();
        if (shown < total && !rows.isEmpty()) {
            Button next = new Button(ui.getTranslation("steering.decisions.more", shown, total),
                    VaadinIcon.ANGLE_DOWN.create());
            next.setId("more-project-decisions");
            next.addClickListener(e -> {
                list.remove(next);
                show(ui, list, projectId, shown, groups.projectDecisions(projectId, shown,
                        SteeringRules.DECISION_PAGE), total);
            });
            list.add(next);
        }
    }
}
