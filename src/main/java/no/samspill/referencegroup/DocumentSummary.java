package no.samspill.referencegroup;

import java.time.LocalDate;

/** A document in a group's list: its window, current version and how many comments still wait for a disposition. */
public record DocumentSummary(long id, long version, long groupId, String groupName, String title, DocumentKind kind,
        LocalDate opensOn, LocalDate closesOn, int currentVersion, ReviewState state, int comments,
        int withoutDisposition) {
}
