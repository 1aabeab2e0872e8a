package no.samspill.steeringgroup.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A case paper as the group's list reads it, without its texts. For a reader who does not read exempt papers the
 * query leaves an exempt paper's title, date and project out, so they never leave the database.
 */
public record PaperRow(long id, long version, int year, int seq, @Nullable String title, @Nullable LocalDate date,
        boolean exempt, @Nullable Long projectId, boolean decided) {

    public String number() {
        return CasePaper.number(seq, year);
    }
}
