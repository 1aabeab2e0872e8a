package no.samspill.notifications;

/** A sent (or queued) mail's content, shown outside the prod profile so a developer can follow its links. */
public record MailBody(String text, String html) {
}
