package no.samspill.portfolio;

import java.util.List;

/** A line of the status list: the initiative, its last periods (oldest first) and its overdue checkpoints. */
public record StatusLine(InitiativeRow initiative, List<PeriodStatus> periods, List<CheckpointRow> overdue) {

    public StatusLine {
        periods = List.copyOf(periods);
        overdue = List.copyOf(overdue);
    }

    /** The newest reason given in the periods shown. */
    public String newestReason() {
        return periods.reversed().stream().map(PeriodStatus::reason).filter(r -> !r.isBlank()).findFirst()
                .orElse("");
    }
}
