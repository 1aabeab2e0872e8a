package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import no.samspill.marketdialogue.AnswerValue;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.QuestionView;
import no.samspill.marketdialogue.ResponseColumn;
import no.samspill.marketdialogue.ResponseMatrix;
import no.samspill.marketdialogue.SectionView;
import no.samspill.platform.ui.Formats;

/** The answer matrix: one row per question, one column per supplier with its status. */
class ResponsesPanel extends VerticalLayout {

    ResponsesPanel(DialogueService dialogues, DialogueSummary d) {
        setPadding(false);
        setSizeFull();
        ResponseMatrix matrix = dialogues.matrix(d.id());
        if (matrix.columns().isEmpty()) {
            add(new Paragraph(getTranslation("responses.none")));
            return;
        }
        add(new Paragraph(getTranslation("responses.help")));
        Grid<QuestionView> grid = new Grid<>();
        grid.setId("answer-matrix");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(q -> q.number() + " " + q.text()).setHeader(getTranslation("responses.question"))
                .setWidth("22rem").setFlexGrow(0).setFrozen(true);
        for (ResponseColumn c : matrix.columns()) {
            String status = getTranslation("response.status." + c.status().name());
            String header = c.supplierName() + " · " + status + (c.submittedAt() == null ? ""
                    : " " + Formats.dateTime(c.submittedAt(), d.zone(), getLocale()));
            grid.addColumn(q -> matrix.cell(q.id(), c.participantId()).map(a -> format(q, a)).orElse(""))
                    .setHeader(header).setWidth("16rem").setTextAlign(ColumnTextAlign.START);
        }
        grid.setItems(matrix.sections().stream().flatMap((SectionView s) -> s.questions().stream()).toList());
        grid.setSizeFull();
        add(grid);
    }

    static String format(QuestionView q, AnswerValue a) {
        UI ui = UI.getCurrent();
        return switch (q.type()) {
            case FREE_TEXT -> a.text() == null ? "" : a.text();
            case NUMBER -> a.number() == null ? "" : NumberFormat.getNumberInstance(ui.getLocale())
                    .format(a.number()) + (q.unit() == null ? "" : " " + q.unit());
            case YES_NO -> a.yes() == null ? "" : ui.getTranslation(a.yes() ? "common.yes" : "common.no");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join(", ", a.choices());
        };
    }
}
