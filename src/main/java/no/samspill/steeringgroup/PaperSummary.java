package no.samspill.steeringgroup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A case paper in a list or on an agenda. For a reader who may not see an exempt paper (an admin who is no member)
 * only its number tells that it exists: {@code withheld} is set, title, date and project are null and
 * {@code decided} is false whether or not it was decided. A paper of a project whose impartiality gate is shut for
 * the reader is withheld the same way and {@code gated}; its project's reference stays, to say which declaration is
 * missing.
 */
public record PaperSummary(long id, long version, String number, @Nullable String title, @Nullable LocalDate date,
        boolean exempt, boolean withheld, @Nullable String projectReference, boolean decided, boolean gated) {
}
