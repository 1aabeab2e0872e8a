package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.stream.Collectors;
import no.samspill.knowledgebase.BenefitService;
import no.samspill.knowledgebase.CaseContent;
import no.samspill.knowledgebase.CaseDetails;
import no.samspill.knowledgebase.CaseLinkService;
import no.samspill.knowledgebase.CaseStatus;
import no.samspill.knowledgebase.CorrectionService;
import no.samspill.knowledgebase.Keyword;
import no.samspill.knowledgebase.KnowledgeRoutes;
import no.samspill.knowledgebase.KnowledgeService;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Routes;

/**
 * One case, every field shown literally (imported HTML became plain text; nothing is rendered as HTML). The
 * contributing tenant's leads edit and publish a draft here, and take a published case back to a draft.
 */
@Route(KnowledgeRoutes.CASE)
@PermitAll
class CaseView extends DetailView {

    private final KnowledgeService knowledge;
    private final BenefitService benefits;
    private final CorrectionService corrections;
    private final CaseLinkService links;

    CaseView(KnowledgeService knowledge, BenefitService benefits, CorrectionService corrections,
            CaseLinkService links) {
        super(KnowledgeRoutes.CASE_ID);
        this.corrections = corrections;
        this.links = links;
        this.knowledge = knowledge;
        this.benefits = benefits;
    }

    @Override
    protected void open(long id) {
        show(knowledge.caseOf(id));
    }

    private void show(CaseDetails c) {
        removeAll();
        CaseContent x = c.content();
        title(x.code() + " " + x.title());
        add(new RouterLink(getTranslation("kb.case.back"), KnowledgeSearchView.class));
        H1 heading = new H1(x.code() + " " + x.title());
        Span status = new Span(getTranslation(c.status().labelKey()));
        status.getElement().getThemeList().add(c.status() == CaseStatus.DRAFT ? "badge contrast" : "badge success");
        status.setId("kb-status");
        HorizontalLayout header = new HorizontalLayout(heading, status);
        header.setAlignItems(Alignment.BASELINE);
        add(header);
        if (!c.reviewNote().isEmpty()) {
            String[] note = c.reviewNote().split("\\|", 2);
            Paragraph review = new Paragraph(VaadinIcon.WARNING.create(),
                    new Span(getTranslation(note[0], note.length > 1 ? note[1] : "")));
            review.setId("kb-review-note");
            add(review);
        }
        actions(c);
        add(Downloads.link("kb-case-sheet", getTranslation("kb.sheet"), VaadinIcon.FILE_TEXT_O,
                x.code() + ".pdf", Downloads.PDF, t -> knowledge.caseSheet(c.id(), t)));
        Div facts = new Div();
        facts.addClassName("samspill-facts");
        fact(facts, "kb.field.region", x.region());
        fact(facts, "kb.field.area", x.area());
        fact(facts, "kb.field.kind", getTranslation(x.kind().labelKey()));
        fact(facts, "kb.field.year", x.year() == null ? "" : x.year().toString());
        fact(facts, "kb.field.keywords", Arrays.stream(Keyword.values()).filter(x.keywords()::contains)
                .map(k -> getTranslation(k.labelKey())).collect(Collectors.joining(", ")));
        fact(facts, "kb.field.form", getTranslation(c.form().labelKey())
                + (c.eformsCode() == null ? "" : " (eForms: " + c.eformsCode() + ")"));
        fact(facts, "kb.field.procurement-text", x.procurementText());
        fact(facts, "kb.field.companies", c.companies().stream()
                .map(co -> co.supplierTenantId() == null ? co.name() : getTranslation("kb.case.company-linked",
                        co.name())).collect(Collectors.joining("\n")));
        fact(facts, "kb.field.description", x.shortDescription());
        fact(facts, "kb.field.value-elements", x.valueElements());
        fact(facts, "kb.field.challenges", x.challenges());
        fact(facts, "kb.field.results", x.results());
        add(facts, new BenefitPanel(benefits, c.id()), new LinkPanel(links, c.id(), c.mine()),
                new CorrectionPanel(corrections, c.id(), c.mine(), () -> show(knowledge.caseOf(c.id()))));
    }

    private void actions(CaseDetails c) {
        if (!c.mine()) {
            return;
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (c.editable()) {
            Button edit = new Button(getTranslation("kb.case.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(KnowledgeRoutes.edit(c.id()))));
            edit.setId("kb-edit");
            Button publish = new Button(getTranslation("kb.case.publish"), VaadinIcon.GLOBE.create(),
                    e -> Changes.run(() -> knowledge.publish(c.id(), c.version()), saved -> {
                        Notify.success("kb.case.published");
                        show(saved);
                    }));
            publish.setId("kb-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit, publish);
        } else {
            Button withdraw = new Button(getTranslation("kb.case.withdraw"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> Changes.run(() -> knowledge.withdraw(c.id(), c.version()), this::show));
            withdraw.setId("kb-withdraw");
            actions.add(withdraw);
        }
        add(actions);
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("samspill-fact-label");
        Span text = new Span(value.isEmpty() ? "–" : value);
        text.addClassName("samspill-prewrap");
        facts.add(label, text);
    }

    static com.vaadin.flow.router.RouteParameters params(long id) {
        return Routes.id(KnowledgeRoutes.CASE_ID, id);
    }
}
