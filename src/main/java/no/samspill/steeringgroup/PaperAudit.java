package no.samspill.steeringgroup;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.platform.audit.FieldChange;

/**
 * The changes an audit entry about a case paper records. Every tenant admin reads and exports the audit log, so for
 * a paper exempt from public disclosure only the ids (case number) and the names of the changed fields are written,
 * never their values. The exempt flag itself is kept: that a paper is withheld is what non-members see anyway.
 * Migration V16 wrote the entries stored before this in the same form, and {@link #scrub} gives it at each read of
 * the log, for entries written while a paper was still open.
 */
final class PaperAudit {

    /** What stands in for a withheld value (language-neutral: the log is read in every bundle's language). */
    static final String WITHHELD = "***";

    private static final Set<String> KEPT = Set.of("number", "exempt");

    /** Every field the paper's entries hold, in the order the services write them (V16 lists the same). */
    private static final List<String> FIELDS = List.of("number", "title", "exempt", "proposal", "file", "bytes",
            "meeting", "conclusion", "kind");

    private static final Pattern EXEMPT = Pattern.compile("exempt: (–|true|false) → (–|true|false)");

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

    /**
     * A stored entry's changes with the values withheld, whatever it held: the fields it names, each value ***,
     * the case number as the paper has it and the exempt flag as recorded. Nothing else of the stored text is kept.
     */
    static String scrub(String changes, String number) {
        StringJoiner out = new StringJoiner("; ");
        for (String field : FIELDS) {
            if (!Pattern.compile("(^|; )" + field + ": ").matcher(changes).find()) {
                continue;
            }
            Matcher exempt = EXEMPT.matcher(changes);
            if (field.equals("number")) {
                out.add("number: – → " + number);
            } else if (field.equals("exempt") && exempt.find()) {
                out.add(exempt.group());
            } else {
                out.add(field + ": – → " + WITHHELD);
            }
        }
        return out.toString();
    }
}
