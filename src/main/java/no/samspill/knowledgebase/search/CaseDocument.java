package no.samspill.knowledgebase.search;

import java.util.List;
import no.samspill.knowledgebase.CaseRow;

/** What the index holds of a published case: its row, and the texts that are searched. */
public record CaseDocument(CaseRow row, String description, String valueElements, String procurementText,
        List<String> companies, String challenges, String results, String keywordNames) {

    public CaseDocument {
        companies = List.copyOf(companies);
    }
}
