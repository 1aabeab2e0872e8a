package no.samspill.referencegroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Rows;
import no.samspill.referencegroup.DocumentSummary;
import no.samspill.referencegroup.GroupDetails;
import no.samspill.referencegroup.GroupRoutes;
import no.samspill.referencegroup.ReviewDocumentService;

/** The group page's documents under review: window, state, version and how many comments await a disposition. */
class DocumentsSection extends VerticalLayout {

    DocumentsSection(ReviewDocumentService documents, GroupDetails group, boolean canPublish,
            List<DocumentSummary> rows) {
        setPadding(false);
        add(new H2(getTranslation("review.documents")));
        if (canPublish) {
            Button publish = new Button(getTranslation("review.publish"), VaadinIcon.UPLOAD_ALT.create(),
                    e -> PublishDialog.forNewDocument(documents, group.id(),
                            saved -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                                    ReviewView.params(saved.id())))).open());
            publish.setId("publish-document");
            add(publish);
        }
        Grid<DocumentSummary> grid = new Grid<>();
        grid.setId("group-documents");
        grid.setAllRowsVisible(true);
        Rows.titleLink(grid, DocumentSummary::title, d -> GroupRoutes.review(d.id()))
                .setHeader(getTranslation("review.title")).setFlexGrow(3);
        grid.addColumn(d -> getTranslation(d.kind().labelKey())).setHeader(getTranslation("review.kind"))
                .setAutoWidth(true);
        grid.addColumn(d -> Phrases.dashed(Formats.date(d.opensOn(), getLocale()), Formats.date(d.closesOn(), getLocale())))
                .setHeader(getTranslation("review.window")).setAutoWidth(true);
        grid.addComponentColumn(ReviewView::stateBadge).setHeader(getTranslation("review.state")).setAutoWidth(true);
        grid.addColumn(DocumentSummary::currentVersion).setHeader(getTranslation("review.version")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("review.comment-count", d.comments(), d.withoutDisposition()))
                .setHeader(getTranslation("review.comments")).setAutoWidth(true);
        grid.setItems(rows);
        Rows.open(grid, d -> GroupRoutes.review(d.id()));
        grid.setEmptyStateComponent(new Span(getTranslation(canPublish ? "review.none-lead" : "review.none")));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_NO_BORDER);
        add(grid);
    }
}
