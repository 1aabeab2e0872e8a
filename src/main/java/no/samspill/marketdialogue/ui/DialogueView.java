package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.DialogueExportService;
import no.samspill.marketdialogue.DialogueFileService;
import no.samspill.marketdialogue.DialogueRoutes;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.MeetingService;
import no.samspill.marketdialogue.QuestionnaireService;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.LazyTabs;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Countdown;
import no.samspill.platform.ui.Routes;
import no.samspill.procurement.ProjectRoutes;

/** The buyer's page for one dialogue: setup and publication, questionnaire, responses and the ledger. */
@Route(DialogueRoutes.DIALOGUE)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME})
class DialogueView extends DetailView {

    private final DialogueService dialogues;
    private final QuestionnaireService questionnaire;
    private final ClarificationService clarifications;
    private final MeetingService meetings;
    private final DialogueExportService exports;
    private final DialogueFileService files;
    private final Clock clock;
    private int selectedTab;

    DialogueView(DialogueService dialogues, QuestionnaireService questionnaire, ClarificationService clarifications,
            MeetingService meetings, DialogueExportService exports, DialogueFileService files, Clock clock) {
        super(DialogueRoutes.DIALOGUE_ID);
        this.files = files;
        this.dialogues = dialogues;
        this.exports = exports;
        this.clarifications = clarifications;
        this.meetings = meetings;
        this.questionnaire = questionnaire;
        this.clock = clock;
        setSizeFull();
    }

    static RouteParameters params(long dialogueId) {
        return Routes.id(DialogueRoutes.DIALOGUE_ID, dialogueId);
    }

    @Override
    protected void open(long id) {
        show(id);
    }

    private void show(long dialogueId) {
        DialogueSummary d = dialogues.get(dialogueId);
        removeAll();
        title(d.title());
        Button back = new Button(getTranslation("dialogue.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ProjectRoutes.project(d.projectId()))));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new H1(d.title()), StatusBadge.of(d, clock.instant()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph deadline = new Paragraph(getTranslation("dialogue.deadline-line",
                Formats.dateTime(d.deadline(), d.zone(), getLocale()), d.zone().getId(),
                Countdown.text(d.deadline(), clock.instant(), UI.getCurrent())));
        deadline.setId("dialogue-deadline");
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        Runnable reload = () -> show(dialogueId);
        // each tab reads its data when first opened, so a navigation reads only the shown tab's
        LazyTabs.add(tabs, getTranslation("dialogue.tab.setup"), () -> new SetupPanel(dialogues, files, d, reload));
        LazyTabs.add(tabs, getTranslation("dialogue.tab.questionnaire"), () -> new QuestionnaireBuilder(dialogues,
                questionnaire, d, reload));
        LazyTabs.add(tabs, getTranslation("dialogue.tab.responses"), () -> new ResponsesPanel(dialogues, exports,
                files, d));
        LazyTabs.add(tabs, getTranslation("dialogue.tab.qa"), () -> new ClarificationInboxPanel(clarifications, d,
                reload));
        LazyTabs.add(tabs, getTranslation("dialogue.tab.meetings"), () -> new MeetingsPanel(meetings, d, reload,
                clock));
        LazyTabs.add(tabs, getTranslation("dialogue.tab.ledger"), () -> new LedgerPanel(dialogues, exports, d));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(back, header, deadline, tabs);
    }
}
