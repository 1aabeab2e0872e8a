package no.samspill.referencegroup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.ZipBombs;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxToMarkdownTest {

    @Test
    void word_headings_become_sections_whatever_the_style_is_called_in_the_users_language() throws IOException {
        byte[] docx = docx(doc -> {
            heading(doc, "Overskrift1", "3 Krav til pumpen");
            body(doc, "Kravene under gjelder alle pumper.");
            heading(doc, "Overskrift2", "3.2.1 Vekt [SKAL]");
            body(doc, "# Pumpen skal veie under 100 g.");
            XWPFParagraph outlined = doc.createParagraph();
            outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            outlined.createRun().setText("3.2.2 Batteri");
            body(doc, "Minst 7 dager.");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Vekt");
            table.getRow(0).getCell(1).setText("100 g");
        });
        String markdown = DocxToMarkdown.convert(docx);
        List<SectionDraft> sections = MarkdownSections.parse(markdown);
        assertThat(sections).extracting(SectionDraft::number).containsExactly("3", "3.2.1", "3.2.2");
        assertThat(sections.get(1).requirement()).isEqualTo(Requirement.MUST);
        // a paragraph starting with # in Word is text, not a heading
        assertThat(sections.get(1).body()).contains("Pumpen skal veie under 100 g.");
        assertThat(sections.get(2).body()).contains("Minst 7 dager.").contains("Vekt | 100 g");
    }

    @Test
    void a_file_that_is_no_docx_or_has_no_headings_gets_its_own_message() throws IOException {
        assertThatThrownBy(() -> DocxToMarkdown.convert("ikke word".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("review.error.not-docx");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hei.txt"));
            out.write("hei".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> DocxToMarkdown.convert(zip.toByteArray()))
                .hasMessageContaining("review.error.not-docx");
        byte[] plain = docx(doc -> body(doc, "Bare brødtekst, ingen overskrifter."));
        assertThatThrownBy(() -> DocxToMarkdown.convert(plain)).hasMessageContaining("review.error.docx-no-headings");
    }

    @Test
    void a_word_file_that_expands_like_a_zip_bomb_is_refused_with_a_message() throws IOException {
        byte[] docx = docx(doc -> {
            heading(doc, "Overskrift1", "1 Krav");
            body(doc, "Tekst.");
        });
        assertThat(DocxToMarkdown.convert(docx)).contains("# 1 Krav");
        for (long padding : new long[] {200L * 1024 * 1024, 20L * 1024 * 1024}) {
            byte[] bomb = ZipBombs.padded(docx, "word/document.xml", padding);
            assertThatThrownBy(() -> DocxToMarkdown.convert(bomb)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("upload.error.zip-bomb");
        }
    }

    @Test
    void a_word_file_with_more_paragraphs_than_an_import_reads_is_refused() throws IOException {
        byte[] docx = docx(doc -> {
            heading(doc, "Overskrift1", "1 Krav");
            // varied text, so the file compresses like a real document and not like a zip bomb
            java.util.Random random = new java.util.Random(1);
            for (int i = 0; i < DocxToMarkdown.MAX_PARTS; i++) {
                body(doc, Long.toHexString(random.nextLong()));
            }
        });
        assertThatThrownBy(() -> DocxToMarkdown.convert(docx)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("review.error.docx-too-large");
    }

    interface Content {
        void write(XWPFDocument doc);
    }

    static byte[] docx(Content content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Overskrift1", "heading 1");
            style(styles, "Overskrift2", "heading 2");
            content.write(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A paragraph style the way Word stores it: a localised id, and the built-in English name. */
    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
    }

    static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    static void body(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }
}
