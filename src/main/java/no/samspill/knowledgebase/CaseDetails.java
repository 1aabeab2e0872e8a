package no.samspill.knowledgebase;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A case as its page shows it. {@code mine} says the reader's tenant contributed it (and may edit its draft). */
public record CaseDetails(long id, long version, CaseContent content, ProcurementForm form,
        @Nullable String eformsCode, List<CompanyLink> companies, CaseStatus status, String reviewNote,
        Instant updatedAt, boolean mine) {

    /** A company named in the case, with the supplier tenant it is linked to (null: text only). */
    public record CompanyLink(String name, @Nullable Long supplierTenantId) {
    }

    public boolean editable() {
        return mine && status == CaseStatus.DRAFT;
    }
}
