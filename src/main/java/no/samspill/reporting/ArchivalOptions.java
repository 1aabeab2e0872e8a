package no.samspill.reporting;

/** Metadata of an archival PDF: title and author as a PDF reader shows them, and the language of its text. */
public record ArchivalOptions(String title, String author, String language) {
}
