package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import no.samspill.knowledgebase.CaseLinkService;
import no.samspill.knowledgebase.CaseRow;
import no.samspill.knowledgebase.KnowledgeService;
import no.samspill.knowledgebase.KnowledgeRoutes;
import no.samspill.platform.ui.Changes;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectSummary;
import no.samspill.procurement.ProjectTab;

/**
 * The project page's "Similar cases" tab: the published cases most like the project's title, description and
 * category (a more-like-this query on the search index; no SQL), best first.
 */
@org.springframework.stereotype.Component
class SimilarCasesTab implements ProjectTab {

    static final int LIMIT = 8;

    private final KnowledgeService knowledge;
    private final CaseLinkService links;

    SimilarCasesTab(KnowledgeService knowledge, CaseLinkService links) {
        this.knowledge = knowledge;
        this.links = links;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String labelKey() {
        return "kb.similar.tab";
    }

    @Override
    public Optional<Component> create(ProjectSummary project) {
        UI ui = UI.getCurrent();
        String text = String.join(" ", project.title(), project.title(), project.description(),
                ui.getTranslation(project.category().labelKey()));
        List<CaseRow> similar = knowledge.similar(text, LIMIT);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setId("project-similar-cases");
        content.add(new Paragraph(ui.getTranslation(similar.isEmpty() ? "kb.similar.none" : "kb.similar.intro")));
        if (project.phase() == Phase.CONTRACT_MANAGEMENT && knowledge.canContribute()) {
            // the lead is offered a case for the collection once the contract runs; results are added later
            Button draft = new Button(ui.getTranslation("kb.similar.draft"), e -> Changes.run(
                    () -> knowledge.draftFromProject(project.id(), ui.getTranslation(project.category().labelKey())),
                    saved -> ui.navigate(KnowledgeRoutes.edit(saved.id()))));
            draft.setId("kb-draft-from-project");
            content.add(draft);
        }
        List<CaseRow> linked = links.casesOf(project.id());
        if (!linked.isEmpty()) {
            content.add(new H3(ui.getTranslation("kb.similar.linked")));
            linked.forEach(c -> content.add(row(ui, c)));
            content.add(new H3(ui.getTranslation("kb.similar.title")));
        }
        boolean canLink = knowledge.canContribute();
        java.util.Set<Long> linkedIds = new java.util.HashSet<>(linked.stream().map(CaseRow::id).toList());
        for (CaseRow c : similar) {
            Div row = row(ui, c);
            if (canLink && !linkedIds.contains(c.id())) {
                Button link = new Button(ui.getTranslation("kb.similar.link"), e -> Changes.run(
                        () -> links.linkProject(c.id(), project.id()), saved -> {
                            e.getSource().setEnabled(false);
                            no.samspill.platform.ui.Notify.success("kb.similar.linked-done", c.code());
                        }));
                link.setId("kb-link-case-" + c.id());
                row.add(link);
            }
            content.add(row);
        }
        return Optional.of(content);
    }

    private static Div row(UI ui, CaseRow c) {
        RouterLink link = new RouterLink(c.code() + " " + c.title(), CaseView.class, CaseView.params(c.id()));
        Paragraph facts = new Paragraph(c.region() + " · " + ui.getTranslation(c.kind().labelKey()));
        facts.addClassName("samspill-muted");
        return new Div(link, facts);
    }
}
