package no.samspill.steeringgroup;

import java.util.Arrays;
import java.util.Set;
import no.samspill.platform.audit.FieldChange;

/**
 * The changes an audit entry about a case paper records. Every tenant admin reads and exports the audit log, so for
 * a paper exempt from public disclosure only the ids (case number) and the names of the changed fields are written,
 * never their values. The exempt flag itself is kept: that a paper is withheld is what non-members see anyway.
 * Migration V16 wrote the entries stored before this in the same form.
 */
final class PaperAudit {

    /** What stands in for a withheld value (language-neutral: the log is read in every bundle's language). */
    static final String WITHHELD = "***";

    private static final Set<String> KEPT = Set.of("number", "exempt");

    private PaperAudit() {
    }

    static FieldChange[] changes(boolean exempt, FieldChange... changes) {
        if (!exempt) {
            return changes;
        }
        // decided before the values go: two different withheld values would look unchanged and be dropped
        return Arrays.stream(changes).filter(FieldChange::changed)
                .map(c -> KEPT.contains(c.field()) ? c : new FieldChange(c.field(), null, WITHHELD))
                .toArray(FieldChange[]::new);
    }
}
