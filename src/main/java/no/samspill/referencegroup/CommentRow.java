package no.samspill.referencegroup;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment or reply as a reader sees it. It stays on the version it was made on; {@code changedSince} says whether
 * its section reads differently in the version being viewed (or is gone from it).
 */
public record CommentRow(long id, long version, String sectionNumber, String sectionHeading, int documentVersion,
        @Nullable Long parentId, String author, @Nullable String unit, boolean onBehalfOfUnit, String body,
        Instant createdAt, @Nullable Disposition disposition, String reason, @Nullable String disposedBy,
        boolean mine, boolean changedSince) {

    public boolean isReply() {
        return parentId != null;
    }
}
