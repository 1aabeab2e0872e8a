package no.samspill.marketdialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A clarification question as the buyer sees it in the inbox (with who asked), or as its asker sees their own
 * (supplierName is then null). Other suppliers only ever get a {@link PublishedQa}.
 */
public record ClarificationView(long id, long version, @Nullable String supplierName, String question,
        Instant askedAt, String askedBy, ClarificationStatus status, @Nullable String answer,
        @Nullable String privateReason, @Nullable String publishedQuestion, @Nullable Integer number) {
}
