package no.samspill.steeringgroup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering group's page in one call: the group, its access and its papers are read once for all its sections,
 * instead of once per section, so a navigation's statements stay few and do not grow with the group.
 */
@Service
public class SteeringPageService {

    private final SteeringAccess access;
    private final GroupDetailsReader details;
    private final SteeringMeetingService meetings;
    private final CasePaperService papers;

    SteeringPageService(SteeringAccess access, GroupDetailsReader details, SteeringMeetingService meetings,
            CasePaperService papers) {
        this.access = access;
        this.details = details;
        this.meetings = meetings;
        this.papers = papers;
    }

    @Transactional(readOnly = true)
    public SteeringGroupPage page(long groupId) {
        SteeringAccess.Reader reader = access.read(groupId);
        GroupDetailsReader.Page page = details.page(reader);
        return new SteeringGroupPage(page.details(), meetings.summaries(groupId),
                papers.summaries(reader, page.papers(), page.projects()));
    }
}
