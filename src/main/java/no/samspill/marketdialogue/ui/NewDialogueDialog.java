package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.platform.i18n.SamspillException;
import no.samspill.platform.ui.Notify;

/** Starts a draft dialogue; everything else is set up on the dialogue's own page. */
class NewDialogueDialog extends Dialog {

    NewDialogueDialog(DialogueService dialogues, long projectId) {
        setHeaderTitle(getTranslation("dialogue.new"));
        TextField title = new TextField(getTranslation("dialogue.title"));
        title.setMaxLength(DialogueRules.TITLE_MAX);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("dialogue.new.intro")), title);
        Button create = new Button(getTranslation("dialogue.create"), e -> {
            try {
                DialogueSummary d = dialogues.create(projectId, title.getValue());
                close();
                getUI().ifPresent(ui -> ui.navigate(DialogueView.class, DialogueView.params(d.id())));
            } catch (SamspillException ex) {
                Notify.error(ex);
            }
        });
        create.setId("create-dialogue");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), ev -> close()), create);
        title.focus();
    }
}
