package no.samspill.marketdialogue;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A dialogue as the buyer's lists show it. */
public record DialogueSummary(long id, long version, long projectId, String title, String introduction,
        Instant deadline, ZoneId zone, AccessMode accessMode, DialogueStatus status, int questionnaireVersion,
        @Nullable Instant publishedAt, int participants, int submitted) {
}
