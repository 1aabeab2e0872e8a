package no.samspill.referencegroup;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the review screen shows for one version of a document: its sections with their thread counts, the first page
 * of threads of the first section ({@code opening}, so that opening the screen is one call), and what the reader may
 * do. The other sections' threads come page by page from {@link ReviewDocumentService#threads}. {@code myUnit} is
 * the unit the reader represents, if any.
 */
public record ReviewPage(DocumentSummary document, int viewedVersion, List<VersionInfo> versions,
        List<SectionRow> sections, CommentThreads opening, boolean canComment, boolean canReply,
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
