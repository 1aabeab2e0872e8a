package no.samspill.knowledgebase;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A link of a case: a notice in Doffin or TED by its id, or a Samspill procurement project. */
public record CaseLink(long id, Kind kind, String reference, @Nullable Long projectId) {

    public enum Kind {
        /** Doffin (Norway) notice ids: 2024-105023. */
        DOFFIN(Pattern.compile("\\d{4}-\\d{3,7}"), "https://www.doffin.no/notices/"),
        /** TED (EU) notice numbers: 123456-2024. */
        TED(Pattern.compile("\\d{1,8}-\\d{4}"), "https://ted.europa.eu/en/notice/-/detail/"),
        PROJECT(Pattern.compile(".+"), "");

        private final Pattern format;
        private final String url;

        Kind(Pattern format, String url) {
            this.format = format;
            this.url = url;
        }

        public boolean accepts(String reference) {
            return format.matcher(reference).matches();
        }

        public String labelKey() {
            return "kb.link.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Where a notice is read; a project's page is the portal's own route. */
    public String url() {
        return kind == Kind.PROJECT ? "projects/" + projectId : kind.url + reference;
    }
}
