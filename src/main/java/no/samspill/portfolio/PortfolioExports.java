package no.samspill.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;

/** The rows of the coverage matrix and the status list as their spreadsheets write them, in the reader's language. */
final class PortfolioExports {

    private PortfolioExports() {
    }

    /** Goals down, initiatives across, the weight written in each cell; gaps said in words in a column and a row. */
    static PortfolioSheet coverage(String portfolioName, Coverage coverage, Translator t) {
        List<String> headers = new ArrayList<>(List.of(t.text("portfolio.export.level"),
                t.text("portfolio.coverage.goal"), t.text("portfolio.export.note")));
        coverage.initiatives().forEach(i -> headers.add(t.text("portfolio.export.initiative-column", i.name(),
                i.ownerName())));
        List<List<String>> rows = new ArrayList<>();
        for (GoalNode g : coverage.goals()) {
            List<String> row = new ArrayList<>(List.of(t.text(g.level().labelKey()), g.title(),
                    coverage.unservedGoals().contains(g.key()) ? t.text("portfolio.coverage.unserved") : ""));
            coverage.initiatives().forEach(i -> row.add(coverage.weight(g.key(), i.id())
                    .map(w -> t.text(w.labelKey())).orElse("")));
            rows.add(row);
        }
        List<String> gaps = new ArrayList<>(List.of("", t.text("portfolio.coverage.no-goal"), ""));
        coverage.initiatives().forEach(i -> gaps.add(coverage.initiativesWithoutGoal().contains(i.id())
                ? t.text("portfolio.coverage.no-goal") : ""));
        rows.add(gaps);
        return new PortfolioSheet(t.text("portfolio.export.coverage-sheet", portfolioName), headers, rows,
                10, 50, 30, 18);
    }

    /** One line per initiative: owner, phase, each period's colour in words, the newest reason, overdue checkpoints. */
    static PortfolioSheet status(String portfolioName, List<StatusLine> lines, Translator t) {
        List<String> headers = new ArrayList<>(List.of(t.text("portfolio.status.initiative"),
                t.text("portfolio.status.owner"), t.text("portfolio.export.phase")));
        if (!lines.isEmpty()) {
            lines.getFirst().periods().forEach(p -> headers.add(t.text("portfolio.status.period", p.number(),
                    String.valueOf(p.periodStart().getYear()))));
        }
        headers.add(t.text("portfolio.status.reason"));
        headers.add(t.text("portfolio.status.overdue"));
        List<List<String>> rows = new ArrayList<>();
        for (StatusLine l : lines) {
            List<String> row = new ArrayList<>(List.of(l.initiative().name(), l.initiative().ownerName(),
                    t.text(l.initiative().phase().labelKey())));
            l.periods().forEach(p -> row.add(p.colour() == null ? t.text("portfolio.status.not-reported")
                    : t.text(p.colour().labelKey())));
            row.add(l.newestReason());
            row.add(l.overdue().stream().map(c -> t.text("portfolio.status.overdue-item", c.title(),
                    Formats.date(c.currentOn(), t.locale()))).collect(Collectors.joining("; ")));
            rows.add(row);
        }
        return new PortfolioSheet(t.text("portfolio.export.status-sheet", portfolioName), headers, rows,
                40, 26, 14, 20, 20, 20, 50, 40);
    }
}
