package no.samspill.referencegroup;

import java.util.List;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.text.Markdown;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownSectionsTest {

    @Test
    void headings_become_numbered_sections_with_their_bodies_and_flags() {
        List<SectionDraft> s = MarkdownSections.parse("""
                Innledende merknad.

                # 1 Bakgrunn
                Dagens pumper er fra 2019.

                ## 3.2.1 Vekt [SKAL]
                Pumpen skal veie under 100 g.

                ```
                # ikke en overskrift
                ```

                ## Batteri [bør]
                Minst 7 dager.
                """);
        assertThat(s).extracting(SectionDraft::number).containsExactly("0", "1", "3.2.1", "3.3");
        assertThat(s.get(1).body()).isEqualTo("Dagens pumper er fra 2019.");
        assertThat(s.get(2).heading()).isEqualTo("Vekt");
        assertThat(s.get(2).requirement()).isEqualTo(Requirement.MUST);
        assertThat(s.get(2).body()).contains("under 100 g").contains("# ikke en overskrift");
        assertThat(s.get(3).heading()).isEqualTo("Batteri");
        assertThat(s.get(3).requirement()).isEqualTo(Requirement.SHOULD);
        assertThat(s.getFirst().body()).isEqualTo("Innledende merknad.");
    }

    @Test
    void unnumbered_headings_are_numbered_by_level() {
        List<SectionDraft> s = MarkdownSections.parse("# A\n## B\n## C\n### D\n# E\n## F\n");
        assertThat(s).extracting(SectionDraft::number).containsExactly("1", "1.1", "1.2", "1.2.1", "2", "2.1");
    }

    @Test
    void text_without_headings_or_with_a_number_twice_is_refused() {
        assertThatThrownBy(() -> MarkdownSections.parse("Bare tekst.\n\nIngen overskrifter."))
                .isInstanceOf(ValidationException.class).hasMessageContaining("review.error.no-headings");
        assertThatThrownBy(() -> MarkdownSections.parse("# 1 A\n# 1 B\n"))
                .hasMessageContaining("review.error.duplicate-number");
        // text before the first heading is section 0, so a heading numbered 0 collides with it
        assertThatThrownBy(() -> MarkdownSections.parse("Innledning.\n\n# 0 Innledning\n"))
                .hasMessageContaining("review.error.duplicate-number");
    }

    @Test
    void rendering_and_parsing_again_gives_the_same_sections() {
        List<SectionDraft> s = MarkdownSections.parse("""
                # 1 Behov
                Tekst med *vekt*.

                - punkt én
                - punkt to

                ## 1.1 Krav [MUST]
                Skal.
                """);
        assertThat(MarkdownSections.parse(MarkdownSections.render(s))).isEqualTo(s);
    }

    @Test
    void markdown_is_rendered_without_raw_html_or_script_links() {
        String html = Markdown.toHtml("Hei <script>alert(1)</script> [lenke](javascript:alert(1)) "
                + "<img src=x onerror=alert(1)> **fet**");
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img")
                .contains("&lt;script&gt;").contains("<strong>fet</strong>");
    }
}
