package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.samspill.marketdialogue.AnswerText;
import no.samspill.marketdialogue.DialogueExportService;
import no.samspill.marketdialogue.DialogueFileService;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.QuestionView;
import no.samspill.marketdialogue.ResponseColumn;
import no.samspill.marketdialogue.ResponseMatrix;
import no.samspill.marketdialogue.SectionView;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;

/** The answer matrix: one row per question, one column per supplier with its status. */
class ResponsesPanel extends VerticalLayout {

    ResponsesPanel(DialogueService dialogues, DialogueExportService exports, DialogueFileService files,
            DialogueSummary d) {
        setPadding(false);
        setSizeFull();
        ResponseMatrix matrix = dialogues.matrix(d.id());
        if (matrix.columns().isEmpty()) {
            add(new Paragraph(getTranslation("responses.none")));
            return;
        }
        add(new Paragraph(getTranslation("responses.help")), Downloads.link("export-matrix",
                getTranslation("responses.export"), VaadinIcon.DOWNLOAD,
                getTranslation("responses.export.file", String.valueOf(d.id())), Downloads.XLSX,
                t -> exports.matrixXlsx(d.id(), t)),
                Downloads.link("export-files", getTranslation("responses.files"), VaadinIcon.DOWNLOAD,
                        getTranslation("responses.files.file", String.valueOf(d.id())), Downloads.ZIP,
                        t -> out -> files.zipSubmitted(d.id(), out)));
        Grid<QuestionView> grid = new Grid<>();
        grid.setId("answer-matrix");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(q -> q.number() + " " + q.text()).setHeader(getTranslation("responses.question"))
                .setWidth("22rem").setFlexGrow(0).setFrozen(true);
        Translator texts = Downloads.translator();
        for (ResponseColumn c : matrix.columns()) {
            String status = getTranslation(c.status().labelKey());
            String header = Phrases.facts(c.supplierName(), status + (c.submittedAt() == null ? ""
                    : " " + Formats.dateTime(c.submittedAt(), d.zone(), getLocale())));
            grid.addColumn(q -> matrix.cell(q.id(), c.participantId())
                            .map(a -> AnswerText.of(q, a, texts)).orElse(""))
                    .setHeader(header).setWidth("16rem").setTextAlign(ColumnTextAlign.START);
        }
        grid.setItems(matrix.sections().stream().flatMap((SectionView s) -> s.questions().stream()).toList());
        grid.setSizeFull();
        add(grid);
    }
}
