package no.samspill.actionplan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A round-table conference with who took part and what was said and proposed. */
public record ConferenceDetails(ConferenceSummary conference, List<Participant> participants, List<Entry> entries) {

    public record Participant(String name, String organisation, boolean user) {
    }

    /** A line of the agenda, a learning point or a proposed action; an action may have become an item. */
    public record Entry(long id, long version, EntryKind kind, String text, @Nullable Long itemId,
            @Nullable String itemNumber) {
    }

    public ConferenceDetails {
        participants = List.copyOf(participants);
        entries = List.copyOf(entries);
    }
}
