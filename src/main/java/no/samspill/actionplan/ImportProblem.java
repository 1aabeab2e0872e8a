package no.samspill.actionplan;

/** What is wrong with one row of an import: the row (1 = the first data row), the column, and why. */
public record ImportProblem(int row, String column, String messageKey, String value) {
}
