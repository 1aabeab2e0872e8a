package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import no.samspill.platform.ui.Rows;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.PaperPage;
import no.samspill.steeringgroup.PaperSummary;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringRules;

/**
 * The group's case papers; a withheld one shows no title and does not open for a reader who is no member. The list
 * is lazy: the page hands it its first page and the count, and it asks the service for any further page as it
 * scrolls, so a group with years of papers reads only what is shown.
 */
class SteeringPapersSection extends SteeringSections {

    SteeringPapersSection(SteeringGroupService groups, CasePaperService papers, Statutes statutes,
            SteeringGroupDetails d, PaperPage first, Consumer<SteeringGroupDetails> show) {
        add(new H2(getTranslation("steering.papers")));
        if (d.canManage()) {
            add(button("steering.paper.new", "new-case-paper", VaadinIcon.FILE_TEXT_O,
                    () -> PaperDialog.create(papers, groups, statutes, d.id(),
                            saved -> show.accept(groups.details(d.id())))));
        }
        Grid<PaperSummary> grid = new Grid<>();
        grid.setId("case-papers");
        sized(grid, SteeringRules.PAPER_PAGE, first.total());
        grid.addColumn(PaperSummary::number).setHeader(getTranslation("steering.paper.number")).setAutoWidth(true);
        grid.addColumn(p -> p.gated() ? getTranslation("steering.paper.gated", p.projectReference())
                : p.withheld() ? getTranslation("steering.paper.withheld") : p.title())
                .setHeader(getTranslation("steering.paper.title")).setFlexGrow(3);
        grid.addColumn(p -> p.exempt() ? getTranslation("steering.paper.exempt-short") : "")
                .setHeader(getTranslation("steering.paper.exempt")).setAutoWidth(true);
        grid.addColumn(p -> p.projectReference() == null ? "" : p.projectReference())
                .setHeader(getTranslation("steering.paper.project")).setAutoWidth(true);
        grid.addColumn(p -> p.withheld() ? "" : getTranslation(p.decided() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("steering.paper.decided")).setAutoWidth(true);
        grid.setItems(q -> fromFirst(first.first(), first.total(), q.getOffset(), q.getLimit())
                        .orElseGet(() -> papers.papers(d.id(), q.getOffset(), q.getLimit())).stream(),
                q -> (int) first.total());
        grid.setEmptyStateText(getTranslation("steering.papers.none"));
        // a click or Enter opens the paper for reading
        Rows.act(grid, row -> {
            if (!row.withheld()) {
                PaperView paper = papers.view(row.id());
                new PaperReadDialog(papers, paper, () -> PaperDialog.edit(papers, groups, statutes, paper,
                        saved -> show.accept(groups.details(d.id())))).open();
            }
        });
        add(grid);
    }
}
