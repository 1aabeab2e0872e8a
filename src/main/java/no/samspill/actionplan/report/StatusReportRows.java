package no.samspill.actionplan.report;

import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.actionplan.ItemRow;
import no.samspill.platform.i18n.Translator;

/** The rows of the status report: what each column shows, in the reader's language. */
public final class StatusReportRows {

    private StatusReportRows() {
    }

    public static List<Map<String, String>> of(List<ItemRow> items, Translator t) {
        Locale locale = t.locale();
        return items.stream().map(i -> {
            Map<String, String> row = new HashMap<>();
            row.put("number", i.number().toString());
            row.put("title", i.title());
            row.put("description", i.description());
            row.put("measure", i.statusText().isEmpty() ? i.measure()
                    : i.measure().isEmpty() ? i.statusText() : i.measure() + "\n\n" + i.statusText());
            row.put("expected", i.expected() == null ? "" : i.expected().getMonth()
                    .getDisplayName(TextStyle.FULL, locale).toUpperCase(locale) + " " + i.expected().getYear());
            row.put("status", i.status().name());
            row.put("statusLabel", t.text("item.status." + i.status().name()).toUpperCase(locale)
                    + (i.overdue() ? "\n" + t.text("item.overdue") : "")
                    + (i.blocked() ? "\n" + t.text("item.blocked") : ""));
            return row;
        }).toList();
    }
}
