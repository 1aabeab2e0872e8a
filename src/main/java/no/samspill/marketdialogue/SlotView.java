package no.samspill.marketdialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A meeting slot. The buyer sees who booked it and all minutes; a supplier sees only free slots and its own,
 * with the minutes of its own meeting.
 */
public record SlotView(long id, long version, Instant startsAt, int durationMinutes, String location,
        @Nullable String bookedBy, boolean mine, boolean free, @Nullable String minutes,
        @Nullable String publishedMinutes, @Nullable Instant minutesPublishedAt) {
}
