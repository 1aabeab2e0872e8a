package no.samspill.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;

/** A project as lists and the project page show it. */
public record ProjectSummary(long id, long version, String reference, String title, String description,
        Category category, Phase phase, @Nullable Long leadUserId, @Nullable String leadName, List<UnitSummary> units,
        @Nullable BigDecimal estimatedValue, String currency, Instant createdAt) {

    public ProjectSummary {
        units = List.copyOf(units);
    }
}
