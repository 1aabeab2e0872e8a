package no.samspill.referencegroup;

import java.util.List;

/** The group page as one call reads it: the group, its documents, and the first page of its meetings. */
public record GroupPage(GroupDetails details, List<DocumentSummary> documents, boolean canPublish,
        List<MeetingRow> meetings, long meetingCount) {

    public GroupPage {
        documents = List.copyOf(documents);
        meetings = List.copyOf(meetings);
    }
}
