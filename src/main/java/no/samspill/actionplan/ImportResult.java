package no.samspill.actionplan;

import java.util.List;

/** The outcome of checking an import: rows that would be imported, or the problems that stop it. */
public record ImportResult(int rows, List<ImportProblem> problems, boolean imported) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
