package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.Optional;
import no.samspill.marketdialogue.DialogueRoutes;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Rows;
import no.samspill.procurement.ProjectSummary;
import no.samspill.procurement.ProjectTab;

/** The project page's "Market dialogue" tab, for the buyer's procurement leads and admins. */
@org.springframework.stereotype.Component
class DialogueTab implements ProjectTab {

    private final DialogueService dialogues;
    private final Clock clock;

    DialogueTab(DialogueService dialogues, Clock clock) {
        this.dialogues = dialogues;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "dialogue.tab";
    }

    @Override
    public Optional<Component> create(ProjectSummary project) {
        if (!dialogues.canManage()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Grid<DialogueSummary> grid = new Grid<>();
        Rows.titleLink(grid, DialogueSummary::title, d -> DialogueRoutes.dialogue(d.id()))
                .setHeader(ui.getTranslation("dialogue.title")).setFlexGrow(3);
        grid.addComponentColumn(d -> StatusBadge.of(d, clock.instant())).setHeader(ui.getTranslation("dialogue.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.deadline(), d.zone(), ui.getLocale()))
                .setHeader(ui.getTranslation("dialogue.deadline")).setAutoWidth(true);
        grid.addColumn(d -> ui.getTranslation("dialogue.participation", d.participants(), d.submitted()))
                .setHeader(ui.getTranslation("dialogue.responses")).setAutoWidth(true);
        grid.setItems(dialogues.forProject(project.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(ui.getTranslation("dialogue.none"));
        Rows.open(grid, d -> DialogueRoutes.dialogue(d.id()));
        Button create = new Button(ui.getTranslation("dialogue.new"), VaadinIcon.PLUS.create(),
                e -> new NewDialogueDialog(dialogues, project.id()).open());
        create.setId("new-dialogue");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph(ui.getTranslation("dialogue.tab.intro")), create, grid);
        return Optional.of(content);
    }
}
