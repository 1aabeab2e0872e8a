package no.samspill.notifications;

/** Where a mail in the outbox stands: waiting (also between retries), delivered, or given up after the last try. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "mail.status." + name();
    }
}
