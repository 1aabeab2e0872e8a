package no.samspill.procurement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import no.samspill.platform.text.Formats;
import no.samspill.procurement.PhaseChange;
import no.samspill.procurement.ProjectService;

/** Every phase move of the project: when, from and to, who, and their note. */
class HistoryTab extends VerticalLayout {

    HistoryTab(ProjectService projects, long projectId) {
        setPadding(false);
        ZoneId zone = projects.timeZone();
        Grid<PhaseChange> grid = new Grid<>();
        grid.addColumn(c -> Formats.dateTime(c.changedAt(), zone, getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.from() == null ? getTranslation("history.created", getTranslation(c.to().labelKey()))
                : getTranslation(c.from().labelKey()) + " → " + getTranslation(c.to().labelKey()))
                .setHeader(getTranslation("history.change")).setFlexGrow(2);
        grid.addColumn(PhaseChange::changedBy).setHeader(getTranslation("history.by")).setFlexGrow(1);
        grid.addColumn(PhaseChange::note).setHeader(getTranslation("history.note")).setFlexGrow(3)
                .setTooltipGenerator(PhaseChange::note);
        grid.setItems(projects.history(projectId));
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
