package no.samspill.marketdialogue;

import java.time.Instant;

/**
 * Minutes of a 1:1 meeting that the buyer published, redacted, to all participants. Neither the supplier nor the
 * meeting time is given: the time alone would tell others when a competitor met the buyer.
 */
public record PublishedMinutes(String text, Instant publishedAt) {
}
