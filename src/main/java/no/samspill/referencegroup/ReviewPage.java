package no.samspill.referencegroup;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the review screen shows for one version of a document: its sections, the comments up to that version
 * that the reader may see, and what the reader may do. {@code myUnit} is the unit the reader represents, if any.
 */
public record ReviewPage(DocumentSummary document, int viewedVersion, List<VersionInfo> versions,
        List<SectionRow> sections, List<CommentRow> comments, boolean canComment, boolean canReply,
        boolean lead, boolean formerMember, @Nullable String myUnit) {

    /** The lead gives dispositions and publishes versions; nobody else does either. */
    public boolean canDispose() {
        return lead;
    }

    public boolean canPublish() {
        return lead;
    }

    public boolean isCurrent() {
        return viewedVersion == document.currentVersion();
    }
}
