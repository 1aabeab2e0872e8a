package no.samspill.portfolio;

import java.time.LocalDate;

/** An initiative as a row or column of the portfolio's views. */
public record InitiativeRow(long id, String name, long ownerTenantId, String ownerName, InitiativePhase phase,
        LocalDate start, LocalDate end) {
}
