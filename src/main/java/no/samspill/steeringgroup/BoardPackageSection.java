package no.samspill.steeringgroup;

import java.time.ZoneId;
import java.util.List;
import no.samspill.platform.i18n.Translator;

/**
 * A section another module adds to the package of a portfolio board's meeting (the portfolio: status per goal,
 * colours with reasons, moved checkpoints, goals without initiatives). The steering group module cannot depend on
 * that module, so the module implements this and the package asks every implementation (as {@code ProjectFacts}).
 */
public interface BoardPackageSection {

    /** The section's parts, in the reader's language; empty when the module has nothing for this board. */
    List<Part> parts(long groupId, Translator t, ZoneId zone);

    /** A heading with its text and its lines. */
    record Part(String heading, String text, List<Line> lines) {

        public Part {
            lines = List.copyOf(lines);
        }
    }

    /** A line with a colour square (GREEN, YELLOW, RED, or empty for none), a label, a title and its text. */
    record Line(String label, String title, String colour, String text) {
    }
}
