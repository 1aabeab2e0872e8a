package no.samspill.marketdialogue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.Translator;
import no.samspill.reporting.ReportEngine;

/**
 * A receipt, prepared inside the service's transaction and filled after it (reports/marketdialogue/receipt.jrxml),
 * so no connection is held while the PDF is made and sent. Every text comes in the reader's language.
 */
final class ReceiptPdf implements PreparedFile {

    private static final String TEMPLATE = "marketdialogue/receipt";

    private final ReportEngine engine;
    private final Map<String, Object> params;
    private final List<Map<String, String>> rows;

    private ReceiptPdf(ReportEngine engine, Map<String, Object> params, List<Map<String, String>> rows) {
        this.engine = engine;
        this.params = Map.copyOf(params);
        this.rows = List.copyOf(rows);
    }

    static ReceiptPdf prepare(ReportEngine engine, SubmissionReceipt r, Translator t) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", t.text("receipt.title"));
        params.put("intro", t.text("receipt.intro"));
        params.put("reference", t.labelled("receipt.reference", r.reference()));
        params.put("dialogue", t.labelled("receipt.dialogue", r.dialogueTitle()));
        params.put("buyer", t.labelled("receipt.buyer", r.buyerName()));
        params.put("supplier", t.labelled("receipt.supplier", r.supplierName()));
        params.put("submitted", t.labelled("receipt.submitted-at", SubmissionReceipt.timeInZone(r.submittedAt(), r.zone(), t)));
        params.put("answered", t.text("receipt.answered", r.answered().size(), r.questionCount()));
        params.put("hNumber", t.text("receipt.h-number"));
        params.put("hQuestion", t.text("receipt.h-question"));
        params.put("footer", t.text("receipt.footer", r.reference()));
        List<Map<String, String>> rows = r.answered().stream()
                .map(a -> Map.of("number", a.number(), "question", a.text())).toList();
        return new ReceiptPdf(engine, params, rows);
    }

    /** The receipt as PDF; call it outside the transaction. */
    byte[] pdf() {
        return engine.pdf(TEMPLATE, params, rows);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(pdf());
    }
}
