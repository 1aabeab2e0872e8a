package no.samspill.referencegroup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.platform.files.OfficeFiles;
import no.samspill.platform.i18n.ValidationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Reads a Word document (DOCX) with Apache POI into Markdown: heading paragraphs (the built-in "heading N" styles,
 * whatever the user's language calls them, or an outline level) become Markdown headings, list paragraphs become
 * list items, table rows become lines. The result goes to the editor, so the lead sees and can fix the text before
 * publishing it.
 */
final class DocxToMarkdown {

    private static final Pattern HEADING_STYLE = Pattern.compile("heading\\s*([1-9])");
    /** Characters that would start Markdown syntax at the beginning of a plain Word paragraph. */
    private static final Pattern MARKDOWN_START = Pattern.compile("^[#>*+\\-=|`]");
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d+)([.)])");
    /** Paragraphs and table rows read at most; a long requirement specification has a few thousand. */
    static final int MAX_PARTS = 100_000;

    private DocxToMarkdown() {
    }

    static String convert(byte[] content) {
        StringBuilder out = new StringBuilder();
        OfficeFiles.requireSafeArchive(content, OfficeFiles.MAX_EXPANDED_BYTES);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            int parts = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                parts += element instanceof XWPFTable t ? t.getNumberOfRows() : 1;
                if (parts > MAX_PARTS) {
                    throw new ValidationException("review.error.docx-too-large", MAX_PARTS);
                }
                if (element instanceof XWPFParagraph p) {
                    paragraph(doc, p, out);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        out.append(escape(String.join(" | ", row.getTableCells().stream()
                                .map(c -> c.getText().strip()).toList()))).append("\n\n");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | POIXMLException | OpenXML4JRuntimeException e) {
            if (OfficeFiles.isZipBomb(e)) {
                throw OfficeFiles.zipBomb();
            }
            // POI reports "not a Word file" with several types (NotOfficeXmlFileException, EmptyFileException and
            // OLE2NotOfficeXmlFileException are IllegalArgumentExceptions); to the user they are all the same
            throw new ValidationException("review.error.not-docx");
        }
        String markdown = out.toString().strip();
        try {
            MarkdownSections.parse(markdown);
        } catch (ValidationException e) {
            if ("review.error.no-headings".equals(e.messageKey())) {
                throw new ValidationException("review.error.docx-no-headings");
            }
            throw e;
        }
        return markdown + "\n";
    }

    private static void paragraph(XWPFDocument doc, XWPFParagraph p, StringBuilder out) {
        String text = p.getText().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return;
        }
        int level = headingLevel(doc, p);
        if (level > 0) {
            out.append("#".repeat(Math.min(level, 6))).append(' ').append(text);
        } else if (p.getNumID() != null) {
            out.append("- ").append(text);
        } else {
            out.append(escape(text));
        }
        out.append("\n\n");
    }

    /** 1–9 for a heading, 0 for body text: from the paragraph's style name, or an outline level on it or its style. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        @Nullable XWPFStyle style = p.getStyleID() == null || doc.getStyles() == null ? null
                : doc.getStyles().getStyle(p.getStyleID());
        if (style != null && style.getName() != null) {
            Matcher m = HEADING_STYLE.matcher(style.getName().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        Integer outline = outlineLevel(p.getCTP().getPPr());
        if (outline == null && style != null && style.getCTStyle().isSetPPr()) {
            outline = outline(style.getCTStyle().getPPr().isSetOutlineLvl()
                    ? style.getCTStyle().getPPr().getOutlineLvl().getVal() : null);
        }
        return outline == null ? 0 : outline;
    }

    private static @Nullable Integer outlineLevel(@Nullable CTPPr ppr) {
        return ppr != null && ppr.isSetOutlineLvl() ? outline(ppr.getOutlineLvl().getVal()) : null;
    }

    /** Word's outline levels are 0–8 for headings and 9 for body text. */
    private static @Nullable Integer outline(@Nullable BigInteger value) {
        return value == null || value.intValue() > 8 ? null : value.intValue() + 1;
    }

    /** Word text is plain: a paragraph that happens to start like Markdown syntax must stay a paragraph. */
    private static String escape(String text) {
        if (MARKDOWN_START.matcher(text).find()) {
            return "\\" + text;
        }
        return ORDERED_START.matcher(text).replaceFirst("$1\\\\$2");
    }
}
