package no.samspill.referencegroup;

import java.util.List;
import no.samspill.platform.security.DeclarationRequiredException;
import org.jspecify.annotations.Nullable;

/**
 * The group page as one call reads it: the group, its documents, and the first page of its meetings, or why the
 * meetings stay shut (a project's group, the person not cleared by the project's impartiality gate).
 */
public record GroupPage(GroupDetails details, List<DocumentSummary> documents, boolean canPublish,
        List<MeetingRow> meetings, long meetingCount, @Nullable DeclarationRequiredException meetingsRefused) {

    public GroupPage {
        documents = List.copyOf(documents);
        meetings = List.copyOf(meetings);
    }
}
