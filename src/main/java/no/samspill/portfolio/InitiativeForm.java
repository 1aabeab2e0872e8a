package no.samspill.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new initiative: either a linked procurement project of the owner tenant (projectId set; its title is the name
 * when none is typed) or one from outside the portal.
 */
public record InitiativeForm(String name, long ownerTenantId, @Nullable Long projectId, String contact,
        LocalDate start, LocalDate end, @Nullable BigDecimal budget, InitiativePhase phase) {
}
