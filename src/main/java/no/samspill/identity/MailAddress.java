package no.samspill.identity;

/** Where and in which language to write to a person: for the notifications module, which checks nothing itself. */
public record MailAddress(long userId, String email, String displayName, String languageCode, boolean active) {
}
