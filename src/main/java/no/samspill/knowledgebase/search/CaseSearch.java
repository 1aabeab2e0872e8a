package no.samspill.knowledgebase.search;

import java.util.Collection;
import java.util.List;
import no.samspill.knowledgebase.CaseQuery;
import no.samspill.knowledgebase.CaseRow;

/**
 * The one door to full-text search over published cases, so that the backend is a configuration choice (ADR 023,
 * 024): today an embedded Lucene index beside the database's data; a second node would put OpenSearch behind it.
 */
public interface CaseSearch {

    /** Adds or replaces the cases (published ones: the caller leaves drafts out, and removes them). */
    void index(Collection<CaseDocument> cases);

    void remove(long caseId);

    /** Replaces the whole index with these cases. */
    void rebuild(Collection<CaseDocument> cases);

    /** Whether the index holds nothing yet (a first start, or a deleted index directory). */
    boolean isEmpty();

    /** The ids of the cases the index holds, to compare with the database at a start. */
    java.util.Set<Long> indexedIds();

    CaseQuery.Result search(CaseQuery query);

    /** The published cases most like the text (a project's title, description and category), best first. */
    List<CaseRow> moreLikeThis(String text, int limit);

    /** Words that find each other, each group one list; replaces the groups used so far. */
    void useSynonyms(List<List<String>> groups);
}
