package no.samspill.referencegroup;

import no.samspill.platform.Mandate;
import no.samspill.procurement.Category;
import org.jspecify.annotations.Nullable;

/** A new group: a reference group names its project, a product council its category. */
public record GroupForm(GroupKind kind, String name, @Nullable Long projectId, @Nullable Category category,
        boolean fixed, Mandate mandate) {
}
