package no.samspill.portfolio;

import java.time.LocalDate;

/** A checkpoint with its original and current date; overdue when its date has passed while the initiative runs. */
public record CheckpointRow(long id, long version, long initiativeId, String title, LocalDate originalOn,
        LocalDate currentOn, boolean moved, boolean overdue) {
}
