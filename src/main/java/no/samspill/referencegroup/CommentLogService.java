package no.samspill.referencegroup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.files.XlsxCells;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;
import no.samspill.reporting.ReportEngine;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment log of a document: section, comment, who and for which health trust, disposition and reason, as XLSX
 * and as a PDF made with Jasper (reports/referencegroup/comment-log). Each reader gets the comments they may see.
 */
@Service
public class CommentLogService {

    private static final String[] HEADERS = {"log.section", "log.version", "log.comment", "log.reply-to", "log.who",
            "log.unit", "log.on-behalf", "log.written", "log.disposition", "log.reason", "log.disposed-by"};

    private final ReviewDocumentService documents;
    private final ReportEngine reports;

    CommentLogService(ReviewDocumentService documents, ReportEngine reports) {
        this.documents = documents;
        this.reports = reports;
    }

    /** The log as a spreadsheet: the comments are read now, the sheet is written when the returned file is. */
    @Transactional(readOnly = true)
    public PreparedFile xlsx(long documentId, ZoneId zone, Translator t) {
        List<CommentRow> rows = ordered(documents.log(documentId));
        return out -> writeXlsx(rows, zone, t, out);
    }

    private static void writeXlsx(List<CommentRow> rows, ZoneId zone, Translator t, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle header = XlsxCells.headerStyle(book);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = book.createSheet(t.text("log.sheet"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                XlsxCells.text(head, i, t.text(HEADERS[i]), header);
            }
            int r = 1;
            for (CommentRow c : rows) {
                Row row = sheet.createRow(r++);
                String[] values = {section(c), String.valueOf(c.documentVersion()), c.body(),
                        c.parentId() == null ? "" : "#" + c.parentId(), c.author(), c.unit() == null ? "" : c.unit(),
                        t.text(c.onBehalfOfUnit() ? "common.yes" : "common.no"),
                        Formats.dateTime(c.createdAt(), zone, t.locale()), disposition(c, t), c.reason(),
                        c.disposedBy() == null ? "" : c.disposedBy()};
                for (int i = 0; i < values.length; i++) {
                    XlsxCells.text(row, i, values[i], wrap);
                }
            }
            XlsxCells.widths(sheet, 30, 8, 70, 10, 24, 24, 10, 18, 18, 50, 24);
            sheet.createFreezePane(0, 1);
            book.write(out);
        }
    }

    /** The log as a PDF: the comments are read now, the report is filled when the returned file is written. */
    @Transactional(readOnly = true)
    public PreparedFile pdf(long documentId, Translator t) {
        Locale locale = t.locale();
        ReviewPage page = documents.page(documentId, Integer.MAX_VALUE);
        Map<String, Object> params = new HashMap<>();
        params.put("title", t.labelled("log.title", page.document().title()));
        params.put("subtitle", t.facts(page.document().groupName(),
                t.text("review.version") + " " + page.document().currentVersion(),
                t.dashed(Formats.date(page.document().opensOn(), locale), Formats.date(page.document().closesOn(), locale))));
        for (String key : List.of("hSection", "hComment", "hWho", "hDisposition", "hReason", "pageWord", "ofWord",
                "emptyText")) {
            params.put(key, t.text("log.pdf." + key));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CommentRow c : ordered(documents.log(documentId))) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", section(c) + " (v" + c.documentVersion() + ")");
            row.put("comment", c.body());
            row.put("reply", c.isReply());
            row.put("who", c.author() + (c.unit() == null ? "" : "\n" + c.unit())
                    + (c.onBehalfOfUnit() ? "\n" + t.text("log.for-unit") : ""));
            row.put("disposition", disposition(c, t));
            row.put("reason", c.reason());
            rows.add(row);
        }
        return out -> out.write(reports.pdf("referencegroup/comment-log", params, rows));
    }

    /** Threads in section order (3.2 before 3.10), oldest first, each comment followed by its replies. */
    static List<CommentRow> ordered(List<CommentRow> rows) {
        List<CommentRow> out = new ArrayList<>();
        rows.stream().filter(c -> !c.isReply()).sorted(Comparator.comparingInt(CommentRow::documentVersion)
                        .thenComparing(CommentRow::sectionNumber, CommentLogService::compareNumbers)
                        .thenComparing(CommentRow::createdAt))
                .forEach(c -> {
                    out.add(c);
                    rows.stream().filter(r -> Long.valueOf(c.id()).equals(r.parentId())).forEach(out::add);
                });
        return out;
    }

    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Long.compare(parse(x[i]), parse(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static long parse(String part) {
        return part.chars().allMatch(Character::isDigit) && !part.isEmpty() && part.length() < 10
                ? Long.parseLong(part) : Long.MAX_VALUE;
    }

    private static String section(CommentRow c) {
        return (c.sectionNumber() + " " + c.sectionHeading()).strip();
    }

    private static String disposition(CommentRow c, Translator t) {
        @Nullable Disposition d = c.disposition();
        return c.isReply() ? "" : d == null ? t.text("review.disposition.none") : t.text(d.labelKey());
    }

}
