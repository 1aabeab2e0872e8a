package no.samspill.marketdialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A file as lists show it; questionId is set for a supplier's answer to a file question. */
public record FileRef(long id, String fileName, long sizeBytes, Instant uploadedAt, String uploadedBy,
        @Nullable Long questionId) {
}
