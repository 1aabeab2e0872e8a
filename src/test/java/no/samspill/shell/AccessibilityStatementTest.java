package no.samspill.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import no.samspill.platform.i18n.Language;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The accessibility statement: open to all, in the reader's language, with every field uustatus asks for. */
class AccessibilityStatementTest extends KaribuTest {

    @Test
    void anyone_reads_the_statement_without_logging_in_and_finds_each_part() {
        UI.getCurrent().navigate("login");
        Anchor link = _get(Anchor.class, s -> s.withId("accessibility-link"));
        assertThat(link.getHref()).isEqualTo("accessibility");
        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(H1.class).getText()).isEqualTo(t("a11y.title"));
        assertThat(_get(UnorderedList.class, s -> s.withId("known-failures")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList())
                .hasSize(KnownFailure.values().length)
                .allSatisfy(text -> assertThat(text).matches("\\d\\.\\d\\.\\d+: .+"))
                .anySatisfy(text -> assertThat(text).startsWith("1.3.1: "))
                // mended: the answer form reflows on a phone, and page forms show errors at the field
                .noneSatisfy(text -> assertThat(text).startsWith("1.4.10: "))
                .noneSatisfy(text -> assertThat(text).startsWith("3.3.1: "));
        Anchor contact = _get(Anchor.class, s -> s.withId("a11y-contact"));
        assertThat(contact.getHref()).isEqualTo("mailto:tilgjengelighet@samspill.no");
        assertThat(_get(Paragraph.class, s -> s.withId("a11y-reviewed")).getText()).contains("2026");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains(t("a11y.complaint.text"), t("a11y.conformance.text"));
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(t("a11y.title"));

        @SuppressWarnings("unchecked")
        Select<Language> language = _get(Select.class, s -> s.withId("login-language"));
        _setValue(language, Language.DA);
        assertThat(_get(H1.class).getText()).isEqualTo("Tilgængelighedserklæring for Samspill");
    }

    @Test
    void every_page_of_the_portal_links_to_the_statement() {
        loginAndOpen(TestUsers.GE_USER, "market-dialogues");
        assertThat(_get(Anchor.class, s -> s.withId("accessibility-link")).getHref()).isEqualTo("accessibility");
    }
}
