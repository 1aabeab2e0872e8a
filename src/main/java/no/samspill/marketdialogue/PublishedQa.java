package no.samspill.marketdialogue;

import java.time.Instant;

/** A question and answer published to every participant: numbered, dated, and without the asker. */
public record PublishedQa(int number, String question, String answer, Instant publishedAt) {
}
