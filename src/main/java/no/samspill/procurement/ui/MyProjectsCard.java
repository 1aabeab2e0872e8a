package no.samspill.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.ui.Card;
import no.samspill.platform.ui.DashboardCard;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;

/** Dashboard card: the projects the user leads, with their phase. */
@org.springframework.stereotype.Component
class MyProjectsCard implements DashboardCard {

    private static final int SHOWN = 6;
    private final ProjectService projects;

    MyProjectsCard(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> create() {
        List<ProjectSummary> mine = projects.mine(SHOWN);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        UnorderedList list = new UnorderedList();
        mine.forEach(p -> {
            RouterLink link = new RouterLink(p.reference() + " " + p.title(), ProjectView.class,
                    ProjectView.params(p.id()));
            list.add(new ListItem(link, PhaseBadge.of(p.phase())));
        });
        Card card = new Card(ui.getTranslation("dashboard.projects.title"), list);
        card.setId("my-projects");
        card.add(new RouterLink(ui.getTranslation("dashboard.projects.all"), ProjectsView.class));
        return Optional.of(card);
    }
}
