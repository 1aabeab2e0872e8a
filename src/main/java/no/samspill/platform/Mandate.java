package no.samspill.platform;

import java.time.LocalDate;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A group's written mandate (reference groups, product councils, steering groups): purpose, who approved it (name
 * and role) and when, and the period it runs.
 */
public record Mandate(String purpose, String approvedBy, String approverRole, @Nullable LocalDate approvedOn,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    /** Longest purpose, in characters (stored as TEXT; the bound keeps a pasted document out). */
    public static final int PURPOSE_MAX = 10_000;
    /** Longest approver name or role; the columns are VARCHAR(200) ({@link MandateColumns}). */
    public static final int APPROVER_MAX = 200;

    /** The message keys a feature answers an invalid mandate with, so each names its own kind of group. */
    public record Messages(String period, String purpose, String approver, String approvedOn) {
    }

    /** An empty mandate, for a group created without one. */
    public static Mandate none() {
        return new Mandate("", "", "", null, null, null);
    }

    /**
     * This mandate with its texts stripped, or a {@link ValidationException} with the feature's message when a
     * text is too long, the period ends before it starts, or the approval is dated after {@code today} (the
     * tenant's).
     */
    public Mandate validated(Messages messages, LocalDate today) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException(messages.period());
        }
        // an approval is something that has happened; a date to come was a slip of the picker
        if (approvedOn != null && approvedOn.isAfter(today)) {
            throw new ValidationException(messages.approvedOn(), today);
        }
        return new Mandate(Texts.clean(purpose, 0, PURPOSE_MAX, messages.purpose()),
                Texts.clean(approvedBy, 0, APPROVER_MAX, messages.approver()),
                Texts.clean(approverRole, 0, APPROVER_MAX, messages.approver()), approvedOn, from, to);
    }

    /** Whether the day lies in the mandate's period; a period open at one end (or not set) holds every day there. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
