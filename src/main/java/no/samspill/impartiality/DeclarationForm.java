package no.samspill.impartiality;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The logged-in user's declaration for a project, as the form shows it (buyer side only). */
public record DeclarationForm(long projectId, String reference, String projectTitle, long declarantUserId,
        String declarantName, boolean registerOpen, TemplateView template, List<SupplierAnswer> suppliers,
        DeclarationStatus status, @Nullable Instant signedAt, @Nullable Integer signedTemplateNumber, boolean noTies,
        @Nullable String freeText, @Nullable Decision decision) {

    public DeclarationForm {
        suppliers = List.copyOf(suppliers);
    }
}
