package no.samspill.procurement.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectRules;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;

/** Confirms a phase move, with an optional note for the history. A refused move keeps the note. */
class AdvancePhaseDialog extends Dialog {

    AdvancePhaseDialog(ProjectService projects, ProjectSummary project, Phase next, Runnable onMoved) {
        setHeaderTitle(getTranslation("project.advance.title"));
        add(new Paragraph(getTranslation("project.advance.confirm", getTranslation(project.phase().labelKey()),
                getTranslation(next.labelKey()))));
        TextArea note = new TextArea(getTranslation("project.advance.note"));
        TextLimits.apply(note, ProjectRules.NOTE_MAX);
        note.setWidthFull();
        add(note);
        FormDialog.of(this, "project.advance.do", "confirm-advance", () -> {
            projects.advancePhase(project.id(), project.version(), note.getValue());
            Notify.success("project.advance.done", getTranslation(next.labelKey()));
            onMoved.run();
        }).bind(note, "project.error.note");
    }
}
