package no.samspill.notifications;

/**
 * Where the notifications module's listeners hand what happened: stores one notice per recipient (in the caller's
 * transaction) and leaves delivery (bell, mail at once, digest) to the recipient's preferences.
 */
public interface Notifier {

    void post(Notice notice);
}
