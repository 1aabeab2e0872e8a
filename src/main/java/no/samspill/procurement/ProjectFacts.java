package no.samspill.procurement;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Live figures a feature knows about a project (market-dialogue participation, review comments, action-plan
 * status), for case papers and steering-group packages. Features contribute beans; the steering group collects them
 * without knowing the features. The caller has already checked that the user may read the project, so an
 * implementation reports figures of that project only and needs no check of its own.
 */
public interface ProjectFacts {

    /** Lower comes first. */
    int order();

    /** The feature's figures for the project; {@code since} marks what counts as changed (null: nothing does). */
    Facts facts(long projectId, @Nullable Instant since);

    /** A line of figures: a message key and its arguments, translated by whoever shows it. */
    record Fact(String messageKey, List<Object> args) {

        public Fact {
            args = List.copyOf(args);
        }
    }

    /** An item with a status colour (GREEN, YELLOW, RED, DONE), as an action plan reports it. */
    record StatusLine(String number, String title, String status, String text, boolean overdue, boolean blocked,
            boolean changedSince) {
    }

    record Facts(List<Fact> facts, List<StatusLine> lines) {

        public static final Facts NONE = new Facts(List.of(), List.of());

        public Facts {
            facts = List.copyOf(facts);
            lines = List.copyOf(lines);
        }
    }
}
