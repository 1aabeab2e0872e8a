package no.samspill.knowledgebase;

/**
 * One finding of an import, by case and line. An error keeps its case out of the import; a warning asks a person to
 * look (the case is imported, and keeps the note). The message key takes the value as its argument.
 */
public record ImportProblem(String caseCode, int line, Severity severity, String messageKey, String value) {

    public enum Severity {
        ERROR, WARNING;

        public String labelKey() {
            return "kb.import.severity." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
