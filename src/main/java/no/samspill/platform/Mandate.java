package no.samspill.platform;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A group's written mandate (reference groups, product councils, steering groups): purpose, who approved it (name
 * and role) and when, and the period it runs.
 */
public record Mandate(String purpose, String approvedBy, String approverRole, @Nullable LocalDate approvedOn,
        @Nullable LocalDate from, @Nullable LocalDate to) {
}
