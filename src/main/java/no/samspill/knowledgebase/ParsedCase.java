package no.samspill.knowledgebase;

import java.util.List;

/** A case block read from an import file: its content, the line it starts on, and what the check found in it. */
record ParsedCase(CaseContent content, int line, List<ImportProblem> problems, String reviewNote) {

    boolean valid() {
        return problems.stream().noneMatch(ImportProblem::isError);
    }
}
