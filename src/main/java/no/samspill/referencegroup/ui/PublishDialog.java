package no.samspill.referencegroup.ui;

import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Uploads;
import no.samspill.referencegroup.DocumentForm;
import no.samspill.referencegroup.DocumentKind;
import no.samspill.referencegroup.DocumentSummary;
import no.samspill.referencegroup.ReferenceGroupRules;
import no.samspill.referencegroup.ReviewDocumentService;

/**
 * Publishing a document, or a new version of one: the text is Markdown whose headings become the sections, typed
 * here or read from a DOCX or Markdown file into the editor first. "Check" shows the sections the text gives, so the
 * lead sees the numbering before anything is stored. A refused publish leaves everything in the dialog.
 */
class PublishDialog extends Dialog {

    private final ReviewDocumentService documents;
    private final TextArea text = new TextArea();
    private final Paragraph outline = new Paragraph();
    private final DatePicker opens;
    private final DatePicker closes;

    private PublishDialog(ReviewDocumentService documents, String header) {
        this.documents = documents;
        setHeaderTitle(header);
        setWidth("60rem");
        opens = DatePickers.date(getTranslation("review.opens"));
        closes = DatePickers.date(getTranslation("review.closes"));
        opens.setId("review-opens");
        closes.setId("review-closes");
        text.setLabel(getTranslation("review.text"));
        text.setHelperText(getTranslation("review.text-help"));
        text.setId("review-text");
        text.setWidthFull();
        text.setHeight("22rem");
        text.addClassName("samspill-monospace");
        outline.addClassName("samspill-muted");
        outline.setId("review-outline");
    }

    static PublishDialog forNewDocument(ReviewDocumentService documents, long groupId,
            Consumer<DocumentSummary> onPublished) {
        PublishDialog d = new PublishDialog(documents, UI.getCurrent().getTranslation("review.publish"));
        TextField title = new TextField(d.getTranslation("review.title"));
        title.setId("review-title");
        title.setRequired(true);
        TextLimits.apply(title, ReferenceGroupRules.NAME_MAX);
        ComboBox<DocumentKind> kind = new ComboBox<>(d.getTranslation("review.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> d.getTranslation(k.labelKey()));
        kind.setValue(DocumentKind.NEEDS_ANALYSIS);
        kind.setId("review-kind");
        d.opens.setValue(documents.today());
        d.closes.setValue(documents.today().plusDays(21));
        d.add(new FormLayout(title, kind, d.opens, d.closes));
        d.body();
        d.footer(() -> {
            if (kind.getValue() == null) {
                throw new ValidationException("review.error.kind");
            }
            return documents.publish(groupId, new DocumentForm(title.getValue(), kind.getValue(), d.opens.getValue(),
                    d.closes.getValue()), d.text.getValue());
        }, onPublished);
        return d;
    }

    static PublishDialog forNewVersion(ReviewDocumentService documents, DocumentSummary document,
            Consumer<DocumentSummary> onPublished) {
        PublishDialog d = new PublishDialog(documents, UI.getCurrent().getTranslation("review.new-version-of",
                document.title()));
        TextField note = new TextField(d.getTranslation("review.version-note"));
        note.setId("version-note");
        TextLimits.apply(note, ReferenceGroupRules.NOTE_MAX);
        note.setWidthFull();
        d.opens.setValue(document.opensOn());
        d.closes.setValue(document.closesOn());
        FormLayout form = new FormLayout(note, d.opens, d.closes);
        form.setColspan(note, 2);
        d.add(form);
        d.text.setValue(documents.currentMarkdown(document.id()));
        d.body();
        d.footer(() -> documents.publishVersion(document.id(), document.version(), d.text.getValue(),
                note.getValue(), d.opens.getValue(), d.closes.getValue()), onPublished);
        return d;
    }

    private void body() {
        Upload upload = Uploads.single(ReviewDocumentService.MAX_IMPORT_BYTES, file -> {
            String markdown = documents.importFile(file.fileName(), file.bytes());
            return () -> {
                text.setValue(markdown);
                check();
                Notify.success("review.imported", file.fileName());
            };
        }, ".docx", ".md", ".markdown", ".txt");
        upload.addFileRejectedListener(e -> Notify.errorKey("review.error.file-rejected",
                ReviewDocumentService.MAX_IMPORT_BYTES / (1024 * 1024)));
        upload.setId("review-upload");
        Paragraph importHelp = new Paragraph(getTranslation("review.import-help"));
        importHelp.addClassName("samspill-muted");
        add(importHelp, upload, text, outline);
    }

    private void footer(Supplier<DocumentSummary> publish, Consumer<DocumentSummary> onPublished) {
        Button check = new Button(getTranslation("review.check"), e -> check());
        check.setId("check-document");
        FormDialog.of(this, "review.do-publish", "do-publish", () -> {
            if (opens.getValue() == null || closes.getValue() == null) {
                throw new ValidationException("review.error.window-missing");
            }
            DocumentSummary saved = publish.get();
            Notify.success("review.published", saved.currentVersion());
            onPublished.accept(saved);
        }).beside(check);
    }

    private void check() {
        // a text that cannot be split shows no outline, only why
        outline.setText("");
        Changes.run(() -> documents.preview(text.getValue()), sections -> outline.setText(getTranslation(
                "review.outline", sections.size(), sections.stream().map(s -> (s.number() + " " + s.heading()).strip())
                        .limit(12).collect(Collectors.joining(" · ")) + (sections.size() > 12 ? " …" : ""))));
    }
}
