package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import no.samspill.knowledgebase.CaseQuery.Hit;
import no.samspill.knowledgebase.CaseRow;
import no.samspill.knowledgebase.Keyword;
import no.samspill.platform.ui.Routes;
import no.samspill.knowledgebase.KnowledgeRoutes;

/** One hit: its title as a link, what kind of case it is, and an excerpt, with the matched words marked. */
final class ResultCard extends Div {

    ResultCard(Hit hit) {
        CaseRow row = hit.row();
        addClassName("samspill-kb-hit");
        RouterLink link = new RouterLink();
        link.setRoute(CaseView.class, Routes.id(KnowledgeRoutes.CASE_ID, row.id()));
        Mark.fill(link, hit.title());
        H2 title = new H2(link);
        title.addClassName("samspill-kb-hit-title");
        List<String> meta = new ArrayList<>(List.of(row.code(), row.region()));
        if (row.year() != null) {
            meta.add(row.year().toString());
        }
        meta.add(getTranslation(row.kind().labelKey()));
        meta.add(getTranslation(row.form().labelKey()));
        Paragraph facts = new Paragraph(String.join(" · ", meta));
        facts.addClassName("samspill-muted");
        Div keywords = new Div();
        keywords.addClassName("samspill-kb-keywords");
        for (Keyword k : Keyword.values()) {
            if (row.keywords().contains(k)) {
                Span badge = new Span(getTranslation(k.labelKey()));
                badge.getElement().getThemeList().add("badge");
                keywords.add(badge);
            }
        }
        Paragraph excerpt = new Paragraph();
        excerpt.addClassName("samspill-prewrap");
        Mark.fill(excerpt, hit.excerpt());
        add(title, facts, keywords, excerpt);
    }
}
