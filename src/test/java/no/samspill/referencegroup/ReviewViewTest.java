package no.samspill.referencegroup;

import no.samspill.platform.Mandate;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.UUID;
import no.samspill.procurement.Category;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.assertNavigationDenied;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewViewTest extends KaribuTest {

    @Autowired
    GroupService groups;

    @Autowired
    ReviewDocumentService documents;

    @Test
    void the_lead_publishes_a_member_comments_with_refusals_at_the_comment_box_and_the_lead_disposes() {
        long groupId = council();
        loginAndOpen(TestUsers.HSO_LEAD, "groups/" + groupId);
        _click(_get(Button.class, s -> s.withId("publish-document")));
        String title = "Behovsanalyse " + UUID.randomUUID();
        _setValue(_get(TextField.class, s -> s.withId("review-title")), title);
        _setValue(_get(TextArea.class, s -> s.withId("review-text")), "Bare tekst uten overskrifter.");
        _click(_get(Button.class, s -> s.withId("do-publish")));
        // refused: the dialog and the typed text stay
        assertThat(lastNotification()).contains("ingen overskrifter");
        assertThat(_get(TextField.class, s -> s.withId("review-title")).getValue()).isEqualTo(title);
        _setValue(_get(TextArea.class, s -> s.withId("review-text")), ReviewServiceTest.V1);
        _click(_get(Button.class, s -> s.withId("check-document")));
        assertThat(_get(Paragraph.class, s -> s.withId("review-outline")).getText()).startsWith("3 seksjoner")
                .contains("1.1 Vekt");
        _click(_get(Button.class, s -> s.withId("do-publish")));
        assertThat(heading()).isEqualTo(title);
        long documentId = documents.documents(groupId).getFirst().id();

        loginAndOpen(TestUsers.HSO_MEMBER, "");
        assertThat(text("waiting-reviews")).contains(title);
        loginAndOpen(TestUsers.HSO_MEMBER, "reviews/" + documentId);
        assertThat(_get(Paragraph.class, s -> s.withId("review-notice")).getText()).contains(lead("review.notice.open"));
        clickSection("1.1");
        _click(_get(Button.class, s -> s.withId("send-comment")));
        // the refusal is the comment box's own, read with it, not a pop-up
        TextArea box = _get(TextArea.class, s -> s.withId("comment-text"));
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).isEqualTo(t("review.error.comment-empty"));
        assertThat(lastNotification()).isNotEqualTo(t("review.error.comment-empty"));
        String tooLong = "x".repeat(ReferenceGroupRules.COMMENT_MAX + 1);
        _setValue(box, tooLong);
        _click(_get(Button.class, s -> s.withId("send-comment")));
        assertThat(box.getErrorMessage()).isEqualTo(t("review.error.comment-long", ReferenceGroupRules.COMMENT_MAX,
                tooLong.length()));
        assertThat(box.getValue()).as("what was typed is kept").isEqualTo(tooLong);
        _setValue(_get(TextArea.class, s -> s.withId("comment-text")), "100 gram er for strengt.");
        _setValue(_get(Checkbox.class, s -> s.withId("comment-on-behalf")), true);
        _click(_get(Button.class, s -> s.withId("send-comment")));
        assertThat(text("review-comments")).contains("100 gram er for strengt.", t("review.unit-position"),
                t("review.disposition.none"));
        assertThat(text("section-1.1")).contains(t("review.section-comments", 1));

        loginAndOpen(TestUsers.HSO_LEAD, "reviews/" + documentId);
        selectFilter(t("review.filter.UNDISPOSED"));
        assertThat(_find(Html.class, s -> s.withId("section-1"))).isEmpty();
        long commentId = documents.comments(documentId, 0).getFirst().id();
        _click(_get(Button.class, s -> s.withId("dispose-" + commentId)));
        selectDisposition(t("review.disposition.REJECTED"));
        _click(_get(Button.class, s -> s.withId("save-disposition")));
        assertThat(lastNotification()).startsWith(lead("review.error.reason"));
        _setValue(_get(TextArea.class, s -> s.withId("disposition-reason")), "Barnepumper får eget krav.");
        _click(_get(Button.class, s -> s.withId("save-disposition")));
        assertThat(_get(Paragraph.class, s -> s.withId("review-notice")).getText()).endsWith(tail("review.notice.lead"));
        // with no comment left without a disposition, the filter shows no sections
        assertThat(text("review-sections")).contains(t("review.no-sections"));
        selectFilter(t("review.filter.ALL"));
        clickSection("1.1");
        assertThat(text("review-comments")).contains(t("review.disposition.REJECTED"), "Barnepumper får eget krav.");
    }

    @Test
    void a_new_version_shows_the_changed_words_and_the_filter_finds_changed_sections() {
        long groupId = council();
        users.login(TestUsers.HSO_LEAD);
        DocumentSummary d = documents.publish(groupId, new DocumentForm("Krav " + UUID.randomUUID(),
                DocumentKind.REQUIREMENT_SPECIFICATION, groups.today(), groups.today().plusDays(7)),
                ReviewServiceTest.V1);
        loginAndOpen(TestUsers.HSO_LEAD, "reviews/" + d.id());
        _click(_get(Button.class, s -> s.withId("new-version")));
        assertThat(_get(TextArea.class, s -> s.withId("review-text")).getValue()).contains("## 1.1 Vekt [MUST]");
        _setValue(_get(TextArea.class, s -> s.withId("review-text")), ReviewServiceTest.V2);
        _setValue(_get(TextField.class, s -> s.withId("version-note")), "Vekt skjerpet");
        _click(_get(Button.class, s -> s.withId("do-publish")));
        @SuppressWarnings("unchecked")
        Select<Integer> versions = _get(Select.class, s -> s.withId("version-select"));
        assertThat(versions.getValue()).isEqualTo(2);
        assertThat(text("section-1.1")).contains("Endret");
        assertThat(text("section-1.3")).contains("Ny");
        _setValue(_get(Checkbox.class, s -> s.withId("show-changes")), true);
        // the cards carry their words as markup (SectionCard)
        org.jsoup.nodes.Document cards = Jsoup.parse(String.join("", sectionCards().stream().map(Html::getInnerHtml)
                .toList()));
        assertThat(cards.select("span.samspill-removed").eachText()).contains("100");
        assertThat(cards.select("span.samspill-added").eachText()).contains("80");
        selectFilter("Endret siden forrige versjon");
        assertThat(_find(Html.class, s -> s.withId("section-1"))).isEmpty();
        assertThat(_find(Html.class, s -> s.withId("section-1.1"))).hasSize(1);
    }

    @Test
    void a_heading_with_markup_is_shown_as_text_and_a_click_on_its_card_selects_it() {
        long groupId = council();
        users.login(TestUsers.HSO_LEAD);
        DocumentSummary d = documents.publish(groupId, new DocumentForm("Markup " + UUID.randomUUID(),
                DocumentKind.REQUIREMENT_SPECIFICATION, groups.today(), groups.today().plusDays(7)),
                "# 1 Vekt <img src=x onerror=alert(1)> \"&'\n\nTekst <script>alert(2)</script>.\n\n# 2 Batteri\n\nTekst.\n");
        loginAndOpen(TestUsers.HSO_LEAD, "reviews/" + d.id());
        Html card = _get(Html.class, s -> s.withId("section-1"));
        org.jsoup.nodes.Document parsed = Jsoup.parse(card.getInnerHtml());
        // the card is markup built in the server: the document's own text must never become elements in it
        assertThat(parsed.select("img, script")).isEmpty();
        assertThat(parsed.text()).contains("Vekt <img src=x onerror=alert(1)> \"&'");
        clickSection("2");
        assertThat(_get(Html.class, s -> s.withId("section-2")).getElement().getClassList()).contains("selected");
        assertThat(card.getElement().getClassList()).doesNotContain("selected");
        assertThat(card.getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void a_long_document_draws_its_first_sections_and_the_rest_on_request() {
        long groupId = council();
        users.login(TestUsers.HSO_LEAD);
        StringBuilder text = new StringBuilder();
        int shown = 40; // ReviewView.SECTIONS_SHOWN
        int count = shown + 5;
        for (int i = 1; i <= count; i++) {
            text.append("# ").append(i).append(" Krav ").append(i).append("\n\nTekst ").append(i).append(".\n\n");
        }
        DocumentSummary d = documents.publish(groupId, new DocumentForm("Lang " + UUID.randomUUID(),
                DocumentKind.REQUIREMENT_SPECIFICATION, groups.today(), groups.today().plusDays(7)), text.toString());
        loginAndOpen(TestUsers.HSO_LEAD, "reviews/" + d.id());
        assertThat(sectionCards()).hasSize(shown);
        Button more = _get(Button.class, s -> s.withId("more-sections"));
        assertThat(more.getText()).contains("5");
        _click(more);
        assertThat(sectionCards()).hasSize(count);
        assertThat(_find(Button.class, s -> s.withId("more-sections"))).isEmpty();
        assertThat(text("section-" + count)).contains("Krav " + count);
    }

    @Test
    void suppliers_and_other_tenants_cannot_open_the_review_screen() {
        long groupId = council();
        users.login(TestUsers.HSO_LEAD);
        DocumentSummary d = documents.publish(groupId, new DocumentForm("Hemmelig " + UUID.randomUUID(),
                DocumentKind.OTHER, groups.today(), groups.today().plusDays(7)), ReviewServiceTest.V1);
        for (String outsider : new String[] {TestUsers.MEDTRONIC_USER, TestUsers.SKI_ADMIN,
                "klinikker.innlandet@helse-sorost.demo"}) {
            loginAndOpen(outsider, "");
            assertNavigationDenied("reviews/" + d.id());
        }
    }

    private long council() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Råd " + UUID.randomUUID(), null,
                Category.BHM, false, new Mandate("", "", "", null, null, null)));
        long kari = groups.memberOptions().stream().filter(c -> c.email().equals(TestUsers.HSO_MEMBER)).findFirst()
                .orElseThrow().userId();
        long ous = groups.unitOptions().stream().filter(u -> u.name().equals("Oslo universitetssykehus HF"))
                .findFirst().orElseThrow().id();
        groups.addMember(g.id(), kari, ous, GroupRole.MEMBER, groups.today().minusDays(5));
        return g.id();
    }

    @SuppressWarnings("unchecked")
    private static void selectFilter(String label) {
        RadioButtonGroup<Object> filter = _get(RadioButtonGroup.class, s -> s.withId("review-filter"));
        filter.getListDataView().getItems().filter(f -> filter.getItemLabelGenerator().apply(f).equals(label))
                .findFirst().ifPresent(f -> _setValue(filter, f));
    }

    @SuppressWarnings("unchecked")
    private static void selectDisposition(String label) {
        RadioButtonGroup<Disposition> choice = _get(RadioButtonGroup.class, s -> s.withId("disposition-choice"));
        for (Disposition d : Disposition.values()) {
            if (choice.getItemLabelGenerator().apply(d).equals(label)) {
                _setValue(choice, d);
            }
        }
    }

    private static List<Html> sectionCards() {
        return _find(Html.class, s -> s.withClasses("samspill-review-section"));
    }

    /** A click in the section list that lands on a card, as the browser reports it to the list's one listener. */
    private static void clickSection(String number) {
        Element list = _get(Div.class, s -> s.withId("review-sections")).getElement();
        _fireDomEvent(list, new DomEvent(list, "samspill-section-pick", JsonNodeFactory.instance.objectNode()
                .put("event.detail.number", number)));
    }

    private static String text(String id) {
        com.vaadin.flow.component.Component c = _get(com.vaadin.flow.component.Component.class, s -> s.withId(id));
        // a section card carries its text as markup (SectionCard)
        return c instanceof Html html ? Jsoup.parse(html.getInnerHtml()).text() : c.getElement().getTextRecursively();
    }

    @Test
    void a_suppliers_admin_opening_a_group_or_a_review_is_told_it_is_not_found() {
        long groupId = council();
        users.login(TestUsers.HSO_LEAD);
        DocumentSummary d = documents.publish(groupId, new DocumentForm("Ukjent " + UUID.randomUUID(),
                DocumentKind.OTHER, groups.today(), groups.today().plusDays(7)), ReviewServiceTest.V1);
        // the admin role lets the routes open; Anne Moe reads in English
        loginAndOpen(TestUsers.MEDTRONIC_ADMIN, "groups/" + groupId);
        assertThat(heading()).isEqualTo("Not found");
        com.vaadin.flow.component.UI.getCurrent().navigate("reviews/" + d.id());
        assertThat(heading()).isEqualTo("Not found");
    }

}
