package no.samspill.knowledgebase;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a contributor writes in a case, from the form or the import. The form is the controlled value; a null form
 * is classified from the original text ({@link ProcurementForm#classify}).
 */
public record CaseContent(String region, String code, String title, String area, String shortDescription,
        String valueElements, Set<Keyword> keywords, String procurementText, @Nullable ProcurementForm form,
        List<String> companies, String challenges, String results, @Nullable Integer year, CaseKind kind) {

    public CaseContent {
        keywords = Set.copyOf(keywords);
        companies = List.copyOf(companies);
    }

    /** The controlled form: the one chosen, or the one the original text names. */
    public ProcurementForm formOrClassified() {
        return form != null ? form : ProcurementForm.classify(procurementText);
    }
}
