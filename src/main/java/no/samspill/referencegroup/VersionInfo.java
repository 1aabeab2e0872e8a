package no.samspill.referencegroup;

import java.time.Instant;

/** One published version of a document. */
public record VersionInfo(int number, Instant publishedAt, String publishedBy, String note) {
}
