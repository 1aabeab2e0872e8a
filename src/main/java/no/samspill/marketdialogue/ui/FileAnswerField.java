package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.samspill.marketdialogue.DialogueFileService;
import no.samspill.marketdialogue.FileRef;
import no.samspill.marketdialogue.QuestionView;
import no.samspill.platform.ui.Confirm;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a file question: the file given so far, and (while the response is open) an upload. A refused
 * submit marks it as it marks the other answer fields: the message under the question, the group invalid.
 */
class FileAnswerField extends Div implements HasValidation {

    private final Span error = new Span();

    FileAnswerField(QuestionView q, long dialogueId, @Nullable FileRef current, boolean editable,
            DialogueFileService files, Runnable onStored) {
        addClassName("samspill-file-answer");
        setId("answer-" + q.id());
        Span label = new Span(q.number() + " " + q.text() + (q.required() ? " *" : ""));
        label.addClassName("samspill-field-label");
        add(label);
        if (current == null) {
            add(new Div(new Span(getTranslation("upload.none"))));
        } else if (editable) {
            Button remove = new Button(getTranslation("response.file.remove"), VaadinIcon.TRASH.create(),
                    e -> Confirm.danger(getTranslation("response.file.remove-title"),
                            getTranslation("response.file.remove-text", current.fileName()),
                            getTranslation("response.file.remove"), () -> {
                                files.removeAnswer(dialogueId, q.id());
                                onStored.run();
                            }));
            remove.setId("remove-file-" + q.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label",
                    getTranslation("response.file.remove-label", current.fileName()));
            add(new Div(Files.link(current, () -> files.download(dialogueId, current.id(), false)), remove));
        } else {
            add(new Div(Files.link(current, () -> files.download(dialogueId, current.id(), false))));
        }
        if (editable) {
            add(Files.upload(files.maxUploadBytes(),
                    (name, bytes) -> files.uploadAnswer(dialogueId, q.id(), name, bytes), onStored));
        }
        error.setId("answer-" + q.id() + "-error");
        error.addClassName("samspill-file-answer-error");
        error.setVisible(false);
        add(error);
        // the group is named by its label and described by its error, so a screen reader reads both together
        label.setId("answer-" + q.id() + "-label");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        getElement().setAttribute("invalid", invalid);
        if (invalid) {
            getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
        } else {
            getElement().removeAttribute("aria-describedby");
        }
    }

    @Override
    public boolean isInvalid() {
        return getElement().hasAttribute("invalid");
    }
}
