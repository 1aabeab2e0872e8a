package no.samspill.knowledgebase;

import java.util.List;

/**
 * What an import found and did: the cases read (by code), which of them can be or were imported, which are
 * refused for an error, and every problem by case and line. {@code done} says the import ran (not only the check).
 */
public record ImportReport(List<String> read, List<String> importable, List<String> refused,
        List<ImportProblem> problems, int created, int updated, int unchanged, boolean done) {

    public ImportReport {
        read = List.copyOf(read);
        importable = List.copyOf(importable);
        refused = List.copyOf(refused);
        problems = List.copyOf(problems);
    }
}
