package no.samspill.referencegroup;

import java.time.LocalDate;

/** A document open for review in one of the user's groups, on whose current version they have not commented. */
public record WaitingDocument(long documentId, long groupId, String groupName, String title, LocalDate closesOn) {
}
