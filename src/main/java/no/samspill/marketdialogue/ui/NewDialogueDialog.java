package no.samspill.marketdialogue.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.platform.ui.FormDialog;

/** Starts a draft dialogue; everything else is set up on the dialogue's own page. */
class NewDialogueDialog extends Dialog {

    NewDialogueDialog(DialogueService dialogues, long projectId) {
        setHeaderTitle(getTranslation("dialogue.new"));
        TextField title = new TextField(getTranslation("dialogue.title"));
        TextLimits.apply(title, DialogueRules.TITLE_MAX);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("dialogue.new.intro")), title);
        FormDialog.of(this, "dialogue.create", "create-dialogue", () -> {
            DialogueSummary d = dialogues.create(projectId, title.getValue());
            getUI().ifPresent(ui -> ui.navigate(DialogueView.class, DialogueView.params(d.id())));
        }).bind(title, "dialogue.error.title");
        title.focus();
    }
}
