package no.samspill.procurement;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a procurement lead fills in to create or edit a project. */
public record ProjectForm(String reference, String title, String description, Category category,
        @Nullable Long leadUserId, Set<Long> unitIds, @Nullable BigDecimal estimatedValue) {

    public ProjectForm {
        unitIds = Set.copyOf(unitIds);
    }
}
