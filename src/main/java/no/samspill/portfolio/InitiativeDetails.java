package no.samspill.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One initiative for its page, with what the reader may do: run it (the board's office) or report on it (owner). */
public record InitiativeDetails(long id, long version, long portfolioId, String name, long ownerTenantId,
        String ownerName, @Nullable Long projectId, String contact, LocalDate start, LocalDate end,
        @Nullable BigDecimal budget, InitiativePhase phase, List<GoalLinkRow> links, List<StatusRow> statuses,
        List<CheckpointRow> checkpoints, List<InitiativeRef> dependsOn, boolean manages, boolean reports) {

    public InitiativeDetails {
        links = List.copyOf(links);
        statuses = List.copyOf(statuses);
        checkpoints = List.copyOf(checkpoints);
        dependsOn = List.copyOf(dependsOn);
    }
}
