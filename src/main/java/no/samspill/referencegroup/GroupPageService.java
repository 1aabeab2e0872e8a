package no.samspill.referencegroup;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the group page in one transaction: the group, its documents and its first meetings each check access as
 * their own service does, but the group is read once (the persistence context keeps it), so the page's statements
 * stay few whatever the group holds.
 */
@Service
public class GroupPageService {

    /** Meetings on the page at first; the page asks for more. */
    public static final int MEETINGS = 10;

    private final GroupService groups;
    private final ReviewDocumentService documents;
    private final GroupMeetingService meetings;

    GroupPageService(GroupService groups, ReviewDocumentService documents, GroupMeetingService meetings) {
        this.groups = groups;
        this.documents = documents;
        this.meetings = meetings;
    }

    @Transactional(readOnly = true)
    public GroupPage page(long groupId) {
        GroupDetails details = groups.details(groupId);
        // the group is in the persistence context by now; the gate is asked once for the meetings shown
        var group = meetings.visible(groupId);
        var refused = meetings.refusal(group);
        if (refused.isPresent()) {
            // the page still shows the group; only its meetings wait for the declaration
            return new GroupPage(details, documents.documents(groupId), documents.canPublish(groupId), List.of(), 0,
                    refused.get());
        }
        long count = meetings.countMeetings(group);
        return new GroupPage(details, documents.documents(groupId), documents.canPublish(groupId),
                meetings.meetings(group, 0, MEETINGS), count, null);
    }
}
