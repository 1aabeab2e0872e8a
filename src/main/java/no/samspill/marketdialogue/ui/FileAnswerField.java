package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import no.samspill.marketdialogue.DialogueFileService;
import no.samspill.marketdialogue.FileRef;
import no.samspill.marketdialogue.QuestionView;
import org.jspecify.annotations.Nullable;

/** The answer to a file question: the file given so far, and (while the response is open) an upload. */
class FileAnswerField extends Div {

    FileAnswerField(QuestionView q, long dialogueId, @Nullable FileRef current, boolean editable,
            DialogueFileService files, Runnable onStored) {
        addClassName("samspill-file-answer");
        setId("answer-" + q.id());
        Span label = new Span(q.number() + " " + q.text() + (q.required() ? " *" : ""));
        label.addClassName("samspill-field-label");
        add(label);
        if (current == null) {
            add(new Div(new Span(getTranslation("upload.none"))));
        } else {
            add(new Div(Files.link(current, () -> files.download(dialogueId, current.id(), false))));
        }
        if (editable) {
            add(Files.upload(files.maxUploadBytes(),
                    (name, bytes) -> files.uploadAnswer(dialogueId, q.id(), name, bytes), onStored));
        }
    }
}
