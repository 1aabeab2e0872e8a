package no.samspill.steeringgroup;

import java.util.List;
import no.samspill.steeringgroup.domain.PaperRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering group's page in one call: the group and its access are read once for all its sections, instead of
 * once per section, and the first pages of its meetings and papers come with them (their projects named with the group's), so
 * a navigation's statements stay few and do not grow with the group.
 */
@Service
public class SteeringPageService {

    private final SteeringAccess access;
    private final GroupDetailsReader details;
    private final SteeringMeetingService meetings;
    private final PaperList papers;
    private final OverseenProjects overseen;

    SteeringPageService(SteeringAccess access, GroupDetailsReader details, SteeringMeetingService meetings,
            PaperList papers, OverseenProjects overseen) {
        this.overseen = overseen;
        this.access = access;
        this.details = details;
        this.meetings = meetings;
        this.papers = papers;
    }

    @Transactional(readOnly = true)
    public SteeringGroupPage page(long groupId) {
        SteeringAccess.Reader reader = access.read(groupId);
        List<PaperRow> first = papers.rows(reader, 0, SteeringRules.PAPER_PAGE);
        GroupDetailsReader.Page page = details.page(reader, PaperList.projectIds(first));
        return new SteeringGroupPage(page.details(), meetings.firstPage(groupId),
                papers.firstPage(reader, first, page.projects()));
    }

    /**
     * A page of the projects the group oversees, by reference, each with its decision points as the reader may see
     * them (a point resting on an exempt paper is withheld from a reader who is no member).
     */
    @Transactional(readOnly = true)
    public List<OverseenProject> overseen(long groupId, long offset, int limit) {
        SteeringAccess.Reader reader = access.read(groupId);
        return overseen.page(reader, overseen.ids(reader), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countOverseen(long groupId) {
        return overseen.count(access.read(groupId));
    }
}
