package no.samspill.knowledgebase;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A case in a list: what a result row shows, from the search index alone. */
public record CaseRow(long id, String code, String region, String title, String area, Set<Keyword> keywords,
        ProcurementForm form, CaseKind kind, @Nullable Integer year) {

    public CaseRow {
        keywords = Set.copyOf(keywords);
    }
}
