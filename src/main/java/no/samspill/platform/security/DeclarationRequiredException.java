package no.samspill.platform.security;

import no.samspill.platform.i18n.SamspillException;

/**
 * A buyer-side person opened a project's confidential material without a complete impartiality declaration, or after
 * being disqualified. The message key says which; the project id lets the page link to the declaration.
 */
public class DeclarationRequiredException extends SamspillException {

    /** Why the gate stayed shut. */
    public enum Reason {
        MISSING, INCOMPLETE, DISQUALIFIED;

        public String messageKey() {
            return "impartiality.gate." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final long projectId;
    private final Reason reason;

    public DeclarationRequiredException(long projectId, Reason reason) {
        super(reason.messageKey());
        this.projectId = projectId;
        this.reason = reason;
    }

    public long projectId() {
        return projectId;
    }

    public Reason reason() {
        return reason;
    }
}
