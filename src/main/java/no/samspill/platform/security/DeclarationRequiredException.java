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
    private final String link;

    /**
     * @param link where the person goes from the refusal: their declaration, or (disqualified) the project; the gate
     *             knows the routes, so that a tab or a section in any feature can show the link too
     */
    public DeclarationRequiredException(long projectId, Reason reason, String link) {
        super(reason.messageKey());
        this.projectId = projectId;
        this.reason = reason;
        this.link = link;
    }

    public String link() {
        return link;
    }

    /** The key of the link's text: to the declaration, or back to the project. */
    public String linkKey() {
        return reason == Reason.DISQUALIFIED ? "impartiality.gate.to-project" : "impartiality.gate.declare";
    }

    public long projectId() {
        return projectId;
    }

    public Reason reason() {
        return reason;
    }
}
