package no.samspill.marketdialogue;

import java.time.Instant;

/** Minutes of a 1:1 meeting that the buyer published, redacted, to all participants. No supplier is named. */
public record PublishedMinutes(Instant meetingAt, String text, Instant publishedAt) {
}
