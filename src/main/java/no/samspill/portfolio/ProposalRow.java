package no.samspill.portfolio;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A proposal in the ranked list: its rank, the initiative, its scores (empty until scored) and weighted score, the
 * mandatory duty, and the board paper it was sent in while the board has not decided.
 */
public record ProposalRow(int rank, long initiativeId, long version, String name, String ownerName,
        LocalDate start, LocalDate end, @Nullable Long scoreVersion, @Nullable Integer benefit,
        @Nullable Integer cost, @Nullable Integer risk, @Nullable Integer fit, @Nullable Double weighted,
        boolean mandatory, String mandatoryBasis, @Nullable String paperNumber) {

    public boolean scored() {
        return weighted != null;
    }
}
