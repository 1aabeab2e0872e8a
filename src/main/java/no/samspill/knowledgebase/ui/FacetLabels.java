package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.Component;
import no.samspill.knowledgebase.CaseFacet;
import no.samspill.knowledgebase.CaseKind;
import no.samspill.knowledgebase.Keyword;
import no.samspill.knowledgebase.ProcurementForm;

/** The reader's words for a facet value: keywords, forms and kinds are codes in the index; the rest is as written. */
final class FacetLabels {

    private FacetLabels() {
    }

    static String label(Component c, CaseFacet facet, String value) {
        try {
            return switch (facet) {
                case KEYWORD -> c.getTranslation(Keyword.valueOf(value).labelKey());
                case FORM -> c.getTranslation(ProcurementForm.valueOf(value).labelKey());
                case KIND -> c.getTranslation(CaseKind.valueOf(value).labelKey());
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            // a value typed into the URL by hand: shown as it is, and it matches nothing
            return value;
        }
    }
}
