package no.samspill.platform.i18n;

/**
 * The object does not exist or the user may not know that it exists: services answer both the same way,
 * so that ids of other tenants' data cannot be probed.
 */
public class NotFoundException extends SamspillException {

    public NotFoundException() {
        super("error.not-found");
    }
}
