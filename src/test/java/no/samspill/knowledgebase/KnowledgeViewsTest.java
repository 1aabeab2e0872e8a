package no.samspill.knowledgebase;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeViewsTest extends KaribuTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_supplier_searches_narrows_by_a_keyword_keeps_it_in_the_url_and_opens_a_case() {
        loginAndOpen(TestUsers.GE_USER, "knowledge");
        assertThat(menuLabels()).contains(t("nav.knowledge"));
        assertThat(_find(RouterLink.class, s -> s.withText(t("kb.search.new")))).isEmpty();
        _setValue(_get(TextField.class, s -> s.withId("kb-words")), "hjerteklap");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("knowledge?q=hjerteklap");
        assertThat(_get(Paragraph.class, s -> s.withId("kb-total")).getText()).isNotEqualTo(t("kb.search.total", 0));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> keywords = _get(CheckboxGroup.class, s -> s.withId("facet-kw"));
        _setValue(keywords, Set.of("D"));
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).contains("q=hjerteklap").contains("kw=D");
        // the search survives a fresh page from its URL alone
        UI.getCurrent().getPage().reload();
        String[] parts = location.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> again = _get(CheckboxGroup.class, s -> s.withId("facet-kw"));
        assertThat(again.getValue()).containsExactly("D");
        assertThat(_get(TextField.class, s -> s.withId("kb-words")).getValue()).isEqualTo("hjerteklap");
        // a keyword without hits among these stays, disabled
        assertThat(again.getItemEnabledProvider().test("G")).isFalse();
        RouterLink a4 = _find(RouterLink.class).stream()
                .filter(l -> l.getElement().getTextRecursively().equals("TAVI-hjerteklapper")).findFirst().orElseThrow();
        assertThat(a4.getChildren()).anyMatch(c -> !c.getElement().isTextNode() && c.getElement().getTag().equals("mark")
                && c.getElement().getText().equals("hjerteklapper"));
        UI.getCurrent().navigate(a4.getHref());
        assertThat(heading()).isEqualTo("A4 TAVI-hjerteklapper");
        assertThat(_find(Button.class, s -> s.withId("kb-edit"))).isEmpty();
    }

    @Test
    void a_lead_writes_a_draft_whose_text_shows_literally_and_a_refusal_stands_under_its_field() {
        loginAndOpen(TestUsers.HSO_LEAD, "knowledge/new");
        _setValue(_get(TextField.class, s -> s.withId("kb-region")), "Helse Sør-Øst");
        _setValue(_get(TextField.class, s -> s.withId("kb-code")), "A950");
        _setValue(_get(TextField.class, s -> s.withId("kb-title")), "x");
        _click(_get(Button.class, s -> s.withId("kb-save")));
        TextField title = _get(TextField.class, s -> s.withId("kb-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(t("kb.error.title", KnowledgeRules.TITLE_MAX));
        _setValue(title, "Pumper <b>fet</b>");
        _setValue(_get(TextArea.class, s -> s.withId("kb-description")), "<i>kursiv</i> & mer");
        _click(_get(Button.class, s -> s.withId("kb-save")));
        assertThat(heading()).isEqualTo("A950 Pumper <b>fet</b>");
        assertThat(_find(Span.class, s -> s.withText("<i>kursiv</i> & mer"))).hasSize(1);
        _click(_get(Button.class, s -> s.withId("kb-publish")));
        assertThat(_get(Span.class, s -> s.withId("kb-status")).getText()).isEqualTo(t("kb.status.published"));
    }

    @Test
    void the_import_view_lists_the_problems_by_case_and_line_and_imports_the_good_cases() {
        loginAndOpen(TestUsers.HSO_LEAD, "knowledge/import");
        String file = """
                - A1. En
                - A2. To

                Region\tViewregion
                Titel på case\tGod case
                Nøgleord\tTCO

                Region\tViewregion
                Titel på case\tDårlig case
                Nøgleord\tTCO Blå bølger
                """;
        _upload(_get(Upload.class), "cases.txt", "text/plain", file.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, s -> s.withId("kb-import-problems"));
        assertThat(_size(problems)).isEqualTo(3);
        assertThat(_get(Paragraph.class, s -> s.withId("kb-import-outcome")).getText())
                .isEqualTo(t("kb.import.checked", 2, 1, 1));
        _click(_get(Button.class, s -> s.withId("kb-do-import")));
        assertThat(_get(Paragraph.class, s -> s.withId("kb-import-outcome")).getText())
                .isEqualTo(t("kb.import.done", 1, 0, 0, 1));
        assertThat(_get(Button.class, s -> s.withId("kb-do-import")).isEnabled()).isFalse();
    }

    @Test
    void a_supplier_cannot_open_the_import_or_the_form_nor_another_tenants_draft() {
        users.login(TestUsers.HSO_LEAD);
        CaseDetails draft = knowledge.create(new CaseContent("Helse Sør-Øst", "A951", "Hemmelig utkast", "", "", "",
                Set.of(), "", null, List.of(), "", "", null, CaseKind.INNOVATIVE_PROCUREMENT));
        loginAndOpen(TestUsers.SKI_ADMIN, "knowledge/cases/" + draft.id());
        assertThat(heading()).isEqualTo("Ikke funnet");
        loginAndOpen(TestUsers.SKI_ADMIN, "knowledge/cases/" + draft.id() + "/edit");
        assertThat(heading()).isEqualTo("Ikke funnet");
        loginAndOpen(TestUsers.GE_USER, "knowledge");
        assertThat(_find(RouterLink.class, s -> s.withText(t("kb.search.import")))).isEmpty();
    }

    @Test
    void the_project_page_offers_the_cases_most_like_the_project() {
        users.login(TestUsers.HSO_LEAD);
        // "Telemedisinsk utstyr for hjemmeoppfølging" of patients "med kols og hjertesvikt": like A2 and A6
        long project = jdbc.queryForObject("select id from procurement_project where reference = '2026/0097'",
                Long.class);
        loginAndOpen(TestUsers.HSO_LEAD, "projects/" + project);
        no.samspill.support.Views.selectTab(t("kb.similar.tab"));
        com.vaadin.flow.component.orderedlayout.VerticalLayout tab = _get(
                com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("project-similar-cases"));
        assertThat(_find(tab, RouterLink.class)).isNotEmpty()
                .allMatch(l -> l.getHref().startsWith("knowledge/cases/"));
    }

    @Test
    void the_case_page_offers_a_correction_to_the_named_company_and_the_figures_to_the_contributor() {
        long a12 = jdbc.queryForObject("select id from kb_case where region = 'Hovedstaden' and code = 'A12'",
                Long.class);
        loginAndOpen(TestUsers.MEDTRONIC_USER, "knowledge/cases/" + a12);
        assertThat(_find(com.vaadin.flow.component.details.Details.class, s -> s.withId("kb-correction-propose")))
                .hasSize(1);
        loginAndOpen(TestUsers.GE_USER, "knowledge/cases/" + a12);
        assertThat(_find(com.vaadin.flow.component.details.Details.class, s -> s.withId("kb-correction-propose")))
                .isEmpty();
        long a6 = jdbc.queryForObject("select id from kb_case where region = 'Syddanmark' and code = 'A6'",
                Long.class);
        loginAndOpen(TestUsers.GE_USER, "knowledge/cases/" + a6);
        assertThat(_find(Button.class, s -> s.withText(t("kb.benefit.confirm")))).isEmpty();
        loginAndOpen(TestUsers.RM_ADMIN, "knowledge/cases/" + a6);
        _click(_find(Button.class, s -> s.withText(t("kb.benefit.confirm"))).getFirst());
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class).stream()
                .map(l -> l.getElement().getTextRecursively())).anyMatch(text -> text.startsWith("4 "));
    }

    @Test
    void the_platform_admin_keeps_the_synonyms_and_a_bad_line_is_refused_under_the_field() {
        loginAndOpen(TestUsers.PLATFORM_ADMIN, "knowledge/admin");
        TextArea synonyms = _get(TextArea.class, s -> s.withId("kb-synonyms"));
        String before = synonyms.getValue();
        assertThat(before).contains("kol, kols");
        _setValue(synonyms, before + "\nbare-ett-ord");
        _click(_get(Button.class, s -> s.withId("kb-save-synonyms")));
        assertThat(synonyms.isInvalid()).isTrue();
        assertThat(synonyms.getErrorMessage()).isEqualTo(t("kb.synonyms.error.line", 3));
        assertThat(synonyms.getValue()).endsWith("bare-ett-ord");
        loginAndOpen(TestUsers.HSO_LEAD, "knowledge/admin");
        assertThat(heading()).isEqualTo("Ingen tilgang");
        assertThat(_find(TextArea.class, s -> s.withId("kb-synonyms"))).isEmpty();
    }
}
