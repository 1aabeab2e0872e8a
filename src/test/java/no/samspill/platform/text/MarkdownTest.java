package no.samspill.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendering of user Markdown: no remote image reaches a reader's browser, nothing the author typed runs. */
class MarkdownTest {

    @Test
    void a_remote_image_shows_as_its_alt_text_and_is_never_fetched() {
        String html = Markdown.toHtml("Se ![Tabell over vekter](https://evil.example/pixel.png) her.");
        assertThat(html).doesNotContain("<img").doesNotContain("evil.example").doesNotContain("src=")
                .contains("Se Tabell over vekter her.");
    }

    @Test
    void a_reference_style_image_shows_as_its_alt_text_too() {
        String html = Markdown.toHtml("Logo: ![firmalogo][logo]\n\n[logo]: https://evil.example/track.gif \"Spor\"");
        assertThat(html).doesNotContain("<img").doesNotContain("evil.example").doesNotContain("Spor")
                .contains("Logo: firmalogo");
    }

    @Test
    void the_alt_text_of_an_image_is_escaped() {
        String html = Markdown.toHtml("![<script>alert(1)</script> & `kode`](https://evil.example/x.png)");
        assertThat(html).doesNotContain("<script").doesNotContain("evil.example")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; kode");
    }

    @Test
    void an_image_inside_a_link_leaves_the_link_and_its_alt_text() {
        String html = Markdown.toHtml("[![knapp](https://evil.example/b.png)](https://samspill.example/side)");
        assertThat(html).doesNotContain("<img").doesNotContain("evil.example")
                .contains("href=\"https://samspill.example/side\">knapp</a>");
    }

    @Test
    void raw_html_images_are_shown_as_text() {
        String html = Markdown.toHtml("<img src=\"https://evil.example/pixel.png\">\n\nTekst <img src=x onerror=y>");
        assertThat(html).doesNotContain("<img").contains("&lt;img src=&quot;https://evil.example/pixel.png&quot;&gt;")
                .contains("&lt;img src=x onerror=y&gt;");
    }

    @Test
    void links_keep_safe_schemes_only() {
        assertThat(Markdown.toHtml("[klikk](javascript:alert(1))")).doesNotContain("javascript:");
        assertThat(Markdown.toHtml("[les](https://samspill.example)")).contains("href=\"https://samspill.example\"");
    }
}
