package no.samspill.platform.i18n;

/** The user is known but lacks the role or grant for this action. */
public class ForbiddenException extends SamspillException {

    public ForbiddenException() {
        super("error.forbidden");
    }
}
