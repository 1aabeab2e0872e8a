package no.samspill.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;

/**
 * The roadmap as report rows: each initiative's facts in words (name, owner, dates, phase, checkpoints, moves) and its
 * bar as a line of a monospaced font on a shared axis of {@link #COLUMNS} characters. Jasper places elements at fixed
 * positions only, and text keeps the archival PDF tagged and readable, where a picture would need its own alternative
 * text; the words beside the bar say everything the bar shows.
 */
final class RoadmapReport {

    static final String TEMPLATE = "portfolio/roadmap";
    static final int COLUMNS = 96;
    private static final char BAR = '\u2588';
    private static final char EMPTY = '\u00b7';
    private static final char CHECKPOINT = '\u25c6';
    private static final char MOVED = '\u25c7';
    private static final List<String> LABELS = List.of("hInitiative", "hTimeline", "legend", "pageWord", "ofWord");

    private RoadmapReport() {
    }

    record Prepared(Map<String, Object> parameters, List<Map<String, String>> rows) {
    }

    static Prepared prepare(String portfolioName, Roadmap roadmap, LocalDate today, Translator t) {
        Locale locale = t.locale();
        Map<String, Object> params = new HashMap<>();
        params.put("title", t.text("portfolio.report.title", portfolioName));
        params.put("subtitle", t.text("portfolio.report.subtitle", Formats.date(roadmap.from(), locale),
                Formats.date(roadmap.to(), locale), Formats.longDate(today, locale)));
        LABELS.forEach(key -> params.put(key, t.text("portfolio.report." + key)));
        double days = Math.max(1, ChronoUnit.DAYS.between(roadmap.from(), roadmap.to()));
        params.put("axis", axis(roadmap, days));
        List<Map<String, String>> rows = new ArrayList<>();
        for (RoadmapBar bar : roadmap.bars()) {
            InitiativeRow i = bar.initiative();
            Map<String, String> row = new HashMap<>();
            row.put("name", i.name());
            row.put("facts", t.facts(i.ownerName(), t.dashed(Formats.date(i.start(), locale),
                    Formats.date(i.end(), locale)), t.text(i.phase().labelKey())));
            row.put("phase", i.phase().name());
            row.put("timeline", styled(timeline(roadmap.from(), days, bar), i.phase()));
            row.put("checkpoints", bar.checkpoints().stream().map(c -> c.moved()
                    ? t.text("portfolio.roadmap.moved", c.title(), Formats.date(c.currentOn(), locale),
                            Formats.date(c.originalOn(), locale))
                    : t.text("portfolio.roadmap.checkpoint", c.title(), Formats.date(c.currentOn(), locale)))
                    .collect(Collectors.joining("; ")));
            rows.add(row);
        }
        return new Prepared(params, rows);
    }

    /** The years of the axis, each written from the column its first of January falls in. */
    static String axis(Roadmap roadmap, double days) {
        char[] line = " ".repeat(COLUMNS).toCharArray();
        for (int year = roadmap.from().getYear(); year < roadmap.to().getYear(); year++) {
            int col = column(roadmap.from(), days, LocalDate.of(year, 1, 1));
            String label = "|" + year;
            for (int k = 0; k < label.length() && col + k < COLUMNS; k++) {
                line[col + k] = label.charAt(k);
            }
        }
        return new String(line);
    }

    /** The bar's columns filled from start to end, a diamond where a checkpoint falls (hollow when it was moved). */
    static String timeline(LocalDate from, double days, RoadmapBar bar) {
        char[] line = String.valueOf(EMPTY).repeat(COLUMNS).toCharArray();
        int start = column(from, days, bar.initiative().start());
        int end = Math.max(start, column(from, days, bar.initiative().end()));
        for (int c = start; c <= end; c++) {
            line[c] = BAR;
        }
        for (CheckpointRow c : bar.checkpoints()) {
            line[column(from, days, c.currentOn())] = c.moved() ? MOVED : CHECKPOINT;
        }
        return new String(line);
    }

    /** Jasper's styled markup: the bar in its phase's colour, checkpoints dark, the empty track light. */
    static String styled(String timeline, InitiativePhase phase) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < timeline.length()) {
            char c = timeline.charAt(i);
            int j = i;
            while (j < timeline.length() && timeline.charAt(j) == c) {
                j++;
            }
            String colour = c == BAR ? colour(phase) : c == EMPTY ? "#BBBBBB" : "#111111";
            out.append("<style forecolor=\"").append(colour).append("\">").append(timeline, i, j).append("</style>");
            i = j;
        }
        return out.toString();
    }

    private static String colour(InitiativePhase phase) {
        return switch (phase) {
            case PROPOSAL -> "#8FA9C4";
            case APPROVED -> "#4F7FAF";
            case RUNNING -> "#0B5C7A";
            case DONE -> "#2E7D32";
            case STOPPED, REJECTED -> "#9E9E9E";
        };
    }

    private static int column(LocalDate from, double days, LocalDate day) {
        int col = (int) Math.floor(ChronoUnit.DAYS.between(from, day) * COLUMNS / days);
        return Math.max(0, Math.min(COLUMNS - 1, col));
    }
}
