package no.samspill.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import no.samspill.actionplan.ImportProblem;
import no.samspill.actionplan.ImportResult;
import no.samspill.actionplan.PlanImportService;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Uploads;

/**
 * Import items from XLSX or CSV: the file is checked first and every problem shown by row; the import button
 * appears only when all rows are valid, and then imports all of them or none.
 */
class ImportDialog extends Dialog {

    private final Paragraph outcome = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Button importButton = new Button();
    private byte[] content = new byte[0];
    private String fileName = "";

    ImportDialog(PlanImportService imports, long planId, Runnable onImported) {
        setHeaderTitle(getTranslation("import.title"));
        setWidth("52rem");
        add(new Paragraph(getTranslation("import.intro")));
        // the file is kept for the import button: at most PlanImportService.MAX_IMPORT_BYTES
        Upload upload = Uploads.single(PlanImportService.MAX_IMPORT_BYTES, file -> {
            byte[] bytes = file.bytes();
            ImportResult checked = imports.check(planId, file.fileName(), bytes);
            return () -> {
                fileName = file.fileName();
                content = bytes;
                show(checked);
            };
        }, ".xlsx", ".csv");
        upload.addFileRejectedListener(e -> Notify.errorKey("import.error.rejected"));
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation("import.column." + p.column())).setHeader(getTranslation("import.column"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.value())).setHeader(getTranslation("import.problem"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problems.setId("import-problems");
        importButton.setText(getTranslation("import.do"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("do-import");
        // not a FormDialog: a refused file is an answer (its problems are listed), and only an import closes it
        importButton.addClickListener(e -> Changes.run(() -> imports.importInto(planId, fileName, content), result -> {
            if (result.imported()) {
                Notify.success("import.done", result.rows());
                close();
                onImported.run();
            } else {
                show(result);
            }
        }));
        add(upload, outcome, problems);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), importButton);
    }

    private void show(ImportResult result) {
        outcome.setText(result.valid() ? getTranslation("import.ready", result.rows())
                : getTranslation("import.invalid", result.problems().size()));
        problems.setItems(result.problems());
        problems.setVisible(!result.valid());
        importButton.setEnabled(result.valid());
    }
}
