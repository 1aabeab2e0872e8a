package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.knowledgebase.ImportProblem;
import no.samspill.knowledgebase.ImportReport;
import no.samspill.knowledgebase.KnowledgeImportService;
import no.samspill.knowledgebase.KnowledgeRoutes;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Uploads;

/**
 * Import of a case collection in the regions' text format: the file is checked first and the problem report
 * listed by case and line; the import then takes the cases without errors and leaves the others out.
 */
@Route(KnowledgeRoutes.IMPORT)
@BuyerOnly
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME})
class KnowledgeImportView extends VerticalLayout implements HasDynamicTitle {

    private final Paragraph outcome = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Button importButton = new Button();
    private final Checkbox publish = new Checkbox();
    private byte[] content = new byte[0];
    private String fileName = "";

    KnowledgeImportView(KnowledgeImportService imports) {
        add(new RouterLink(getTranslation("kb.case.back"), KnowledgeSearchView.class),
                new H1(getTranslation("kb.import.title")), new Paragraph(getTranslation("kb.import.intro")));
        Upload upload = Uploads.single(KnowledgeImportService.MAX_IMPORT_BYTES, file -> {
            byte[] bytes = file.bytes();
            ImportReport checked = imports.check(file.fileName(), bytes);
            return () -> {
                fileName = file.fileName();
                content = bytes;
                show(checked);
            };
        }, ".txt", ".xlsx");
        upload.addFileRejectedListener(e -> Notify.errorKey("kb.import.error.rejected"));
        outcome.setId("kb-import-outcome");
        outcome.getElement().setAttribute("role", "status");
        problems.addColumn(ImportProblem::caseCode).setHeader(getTranslation("kb.import.case")).setAutoWidth(true);
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("kb.import.line")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.severity().labelKey())).setHeader(getTranslation("kb.import.kind"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.value()))
                .setHeader(getTranslation("kb.import.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problems.setId("kb-import-problems");
        publish.setLabel(getTranslation("kb.import.publish"));
        publish.setValue(true);
        publish.setId("kb-import-publish");
        importButton.setText(getTranslation("kb.import.do"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("kb-do-import");
        importButton.addClickListener(e -> Changes.run(() -> imports.importCases(fileName, content, publish.getValue()),
                this::show));
        add(upload, outcome, problems, publish, importButton);
    }

    private void show(ImportReport report) {
        outcome.setText(report.done()
                ? getTranslation("kb.import.done", report.created(), report.updated(), report.unchanged(),
                        report.refused().size())
                : getTranslation("kb.import.checked", report.read().size(), report.importable().size(),
                        report.refused().size()));
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        importButton.setEnabled(!report.done() && !report.importable().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("kb.import.title");
    }
}
