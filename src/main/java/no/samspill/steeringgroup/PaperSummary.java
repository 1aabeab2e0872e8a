package no.samspill.steeringgroup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A case paper in a list or on an agenda. For a reader who may not see an exempt paper (an admin who is no member)
 * the title is withheld and {@code withheld} is set.
 */
public record PaperSummary(long id, long version, String number, @Nullable String title, LocalDate date,
        boolean exempt, boolean withheld, @Nullable String projectReference, boolean decided) {
}
