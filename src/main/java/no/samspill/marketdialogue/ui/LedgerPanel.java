package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.samspill.marketdialogue.DialogueExportService;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.LedgerRow;
import no.samspill.marketdialogue.LedgerText;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;

/** The equal-treatment ledger: every contact, with whom, and whether it was shared with all. */
class LedgerPanel extends VerticalLayout {

    LedgerPanel(DialogueService dialogues, DialogueExportService exports, DialogueSummary d) {
        setPadding(false);
        setSizeFull();
        add(new Paragraph(getTranslation("ledger.help")), Downloads.link("export-ledger",
                getTranslation("ledger.export"), VaadinIcon.DOWNLOAD,
                getTranslation("ledger.export.file", String.valueOf(d.id())), Downloads.XLSX,
                t -> exports.ledgerXlsx(d.id(), d.zone(), t)));
        Grid<LedgerRow> grid = new Grid<>();
        grid.setId("ledger");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        // suppliers and buyers may sit in other zones than the buyer's: every time names its zone
        grid.addColumn(r -> Formats.dateTimeZoned(r.occurredAt(), d.zone(), getLocale()))
                .setHeader(getTranslation("ledger.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("ledger.kind"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.supplierName() == null ? getTranslation("ledger.all") : r.supplierName())
                .setHeader(getTranslation("ledger.with")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.sharedWithAll() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("ledger.shared")).setAutoWidth(true);
        grid.addColumn(r -> LedgerText.summary(r, d.zone(), getLocale())).setHeader(getTranslation("ledger.summary"))
                .setFlexGrow(3).setTooltipGenerator(r -> LedgerText.summary(r, d.zone(), getLocale()));
        grid.addColumn(LedgerRow::actor).setHeader(getTranslation("ledger.by")).setFlexGrow(1);
        grid.setItems(dialogues.ledger(d.id()));
        grid.setEmptyStateText(getTranslation("ledger.empty"));
        grid.setSizeFull();
        add(grid);
    }
}
