package no.samspill.actionplan;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.actionplan.report.StatusReportRows;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.Translator;
import no.samspill.reporting.ReportEngine;

/**
 * A plan's status report, prepared: its rows and texts are read inside the service's transaction, and
 * {@link #pdf()} fills the template after it, so no database connection is held while the PDF is made and sent.
 */
public final class StatusReport implements PreparedFile {

    private static final String TEMPLATE = "actionplan/status-report";
    private static final List<String> LABELS = List.of("legendGreen", "legendYellow", "legendRed", "legendDone",
            "hNumber", "hTitle", "hDescription", "hMeasure", "hExpected", "hStatus", "pageWord", "ofWord");

    private final ReportEngine engine;
    private final Map<String, Object> params;
    private final List<Map<String, String>> rows;

    private StatusReport(ReportEngine engine, Map<String, Object> params, List<Map<String, String>> rows) {
        this.engine = engine;
        this.params = Map.copyOf(params);
        this.rows = List.copyOf(rows);
    }

    /** Laid out like the seed's "Vedlegg – Status handlingsplan": legend, one row per item, page numbers. */
    static StatusReport prepare(ReportEngine engine, String planTitle, LocalDate today, List<ItemRow> items,
            Translator t) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", planTitle);
        params.put("subtitle", t.text("report.subtitle") + " "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale()).format(today));
        LABELS.forEach(key -> params.put(key, t.text("report." + key)));
        return new StatusReport(engine, params, StatusReportRows.of(items, t));
    }

    /** The report as PDF; call it outside the transaction. */
    public byte[] pdf() {
        return engine.pdf(TEMPLATE, params, rows);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(pdf());
    }
}
