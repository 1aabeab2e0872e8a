package no.samspill.knowledgebase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.Translator;
import no.samspill.reporting.ArchivalOptions;
import no.samspill.reporting.ReportEngine;
import org.springframework.stereotype.Component;

/** A case as a one-sheet PDF/A-2a (tagged, fonts embedded), from reports/knowledgebase/case-sheet.jrxml. */
@Component
class CaseSheetPdf {

    private final ReportEngine reports;

    CaseSheetPdf(ReportEngine reports) {
        this.reports = reports;
    }

    PreparedFile render(CaseDetails c, List<BenefitFigure> confirmed, Translator t) {
        CaseContent x = c.content();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", x.code() + " " + x.title());
        parameters.put("subtitle", String.join(" · ", List.of(x.region(), t.text(x.kind().labelKey()),
                x.year() == null ? "" : x.year().toString())).replaceAll("( · )+$", ""));
        parameters.put("footer", t.text("kb.sheet.footer"));
        List<Map<String, String>> rows = new ArrayList<>();
        row(rows, t.text("kb.field.area"), x.area());
        row(rows, t.text("kb.field.keywords"), Arrays.stream(Keyword.values()).filter(x.keywords()::contains)
                .map(k -> t.text(k.labelKey())).collect(Collectors.joining(", ")));
        row(rows, t.text("kb.field.form"), t.text(c.form().labelKey()) + (c.eformsCode() == null ? ""
                : " (eForms: " + c.eformsCode() + ")") + "\n" + x.procurementText());
        row(rows, t.text("kb.field.companies"), String.join(", ", x.companies()));
        row(rows, t.text("kb.field.description"), x.shortDescription());
        row(rows, t.text("kb.field.value-elements"), x.valueElements());
        row(rows, t.text("kb.field.challenges"), x.challenges());
        row(rows, t.text("kb.field.results"), x.results());
        row(rows, t.text("kb.benefit.title"), confirmed.stream().map(f -> t.text("kb.benefit.fact",
                f.amount().stripTrailingZeros().toPlainString(), t.text(f.unit().labelKey()), f.measures()))
                .collect(Collectors.joining("\n")));
        byte[] pdf = reports.archivalPdf("knowledgebase/case-sheet", parameters, rows,
                new ArchivalOptions(x.code() + " " + x.title(), x.region(), t.locale().getLanguage()));
        return PreparedFile.of(pdf);
    }

    private static void row(List<Map<String, String>> rows, String label, String value) {
        if (!value.isBlank()) {
            rows.add(Map.of("label", label, "value", value));
        }
    }
}
