package no.samspill.referencegroup;

import java.time.LocalDate;

/** What the lead sets when publishing a document: its title and kind and the review window (both days included). */
public record DocumentForm(String title, DocumentKind kind, LocalDate opensOn, LocalDate closesOn) {
}
