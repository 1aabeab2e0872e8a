package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.knowledgebase.CaseFacet;
import no.samspill.knowledgebase.CaseQuery;
import no.samspill.knowledgebase.CaseRow;
import no.samspill.knowledgebase.KnowledgeImportService;
import no.samspill.knowledgebase.KnowledgeRoutes;
import no.samspill.knowledgebase.KnowledgeService;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Routes;
import no.samspill.platform.ui.TextLimits;

/**
 * Search in the shared case collection, for every logged-in user: words, facets with counts, order, and the hits
 * with their matched words marked. The URL's query parameters keep the words, the order and the chosen facet
 * values, so that a search can be shared and the back button works.
 */
@Route(KnowledgeRoutes.SEARCH)
@PermitAll
@Menu(title = "nav.knowledge", order = 40, icon = "vaadin:book")
class KnowledgeSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;
    private static final int QUERY_MAX = 200;

    private final KnowledgeService knowledge;
    private final KnowledgeImportService imports;
    private final TextField words = new TextField();
    private final Select<CaseQuery.Sort> sort = new Select<>();
    private final FacetPanel facets;
    private final Paragraph total = new Paragraph();
    private final VerticalLayout hits = new VerticalLayout();
    private CaseQuery query = CaseQuery.of("");

    KnowledgeSearchView(KnowledgeService knowledge, KnowledgeImportService imports) {
        this.knowledge = knowledge;
        this.imports = imports;
        add(new H1(getTranslation("kb.search.title")), new Paragraph(getTranslation("kb.search.intro")));
        words.setLabel(getTranslation("kb.search.words"));
        words.setId("kb-words");
        words.setClearButtonVisible(true);
        words.setWidth("28rem");
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        TextLimits.apply(words, QUERY_MAX);
        words.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(with(words.getValue(), query.filters(), query.sort(), PAGE));
            }
        });
        sort.setLabel(getTranslation("kb.search.sort"));
        sort.setId("kb-sort");
        sort.setItems(CaseQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sort.setValue(CaseQuery.Sort.RELEVANCE);
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(with(query.text(), query.filters(), e.getValue(), PAGE));
            }
        });
        Button search = new Button(getTranslation("kb.search.do"), e -> go(with(words.getValue(), query.filters(),
                query.sort(), PAGE)));
        search.setId("kb-search");
        HorizontalLayout form = new HorizontalLayout(words, sort, search);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(form);
        contributorLinks();
        facets = new FacetPanel((facet, values) -> {
            Map<CaseFacet, Set<String>> filters = new EnumMap<>(CaseFacet.class);
            filters.putAll(query.filters());
            filters.put(facet, values);
            go(with(query.text(), filters, query.sort(), PAGE));
        });
        facets.setWidth("18rem");
        total.setId("kb-total");
        total.getElement().setAttribute("role", "status");
        hits.setPadding(false);
        hits.setId("kb-hits");
        // the search as it stands when clicked, read in the service's transaction and written after it
        Anchor export = Downloads.link("kb-export", getTranslation("kb.export"), VaadinIcon.TABLE,
                getTranslation("kb.export.file") + ".xlsx", Downloads.XLSX,
                t -> imports.export(query, t.text("kb.export.sheet")));
        HorizontalLayout summary = new HorizontalLayout(total, export);
        summary.setAlignItems(Alignment.BASELINE);
        VerticalLayout results = new VerticalLayout(summary, hits);
        results.setPadding(false);
        FlexLayout body = new FlexLayout(facets, results);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setFlexGrow(1, results);
        body.setWidthFull();
        body.getStyle().set("gap", "var(--lumo-space-l)");
        add(body);
    }

    private void contributorLinks() {
        if (!knowledge.canContribute()) {
            return;
        }
        HorizontalLayout links = new HorizontalLayout(
                new RouterLink(getTranslation("kb.search.new"), CaseEditView.class),
                new RouterLink(getTranslation("kb.search.import"), KnowledgeImportView.class));
        links.setId("kb-contribute");
        add(links);
        List<CaseRow> drafts = knowledge.myDrafts();
        if (!drafts.isEmpty()) {
            Div list = new Div();
            list.setId("kb-drafts");
            list.add(new Paragraph(getTranslation("kb.search.drafts", drafts.size())));
            for (CaseRow d : drafts) {
                RouterLink link = new RouterLink(d.code() + " " + d.title(), CaseView.class,
                        Routes.id(KnowledgeRoutes.CASE_ID, d.id()));
                list.add(new Div(link));
            }
            add(list);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = SearchParameters.read(event.getLocation().getQueryParameters(), PAGE);
        words.setValue(query.text());
        sort.setValue(query.sort());
        CaseQuery.Result result = knowledge.search(query);
        facets.show(result.facets());
        total.setText(getTranslation("kb.search.total", result.total()));
        hits.removeAll();
        result.hits().forEach(h -> hits.add(new ResultCard(h)));
        if (result.total() > result.hits().size()) {
            Button more = new Button(getTranslation("kb.search.more"),
                    e -> go(with(query.text(), query.filters(), query.sort(), query.limit() + PAGE)));
            more.setId("kb-more");
            hits.add(more);
        }
    }

    private static CaseQuery with(String text, Map<CaseFacet, Set<String>> filters, CaseQuery.Sort sort, int limit) {
        return new CaseQuery(text.strip(), filters, sort, 0, limit);
    }

    private void go(CaseQuery next) {
        getUI().ifPresent(ui -> ui.navigate(KnowledgeRoutes.SEARCH, SearchParameters.write(next, PAGE)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("kb.search.title");
    }
}
