package no.samspill.referencegroup;

import java.util.ArrayList;
import java.util.List;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.time.TenantTime;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.referencegroup.domain.RefGroupMemberRepository;
import no.samspill.referencegroup.domain.RefGroupRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active members of a project's reference groups, for the project's impartiality declarations (who must
 * declare), and the end of a disqualified person's memberships in them. As with {@code ProjectFacts}, the caller has
 * already checked that the user may do this for the project, so there is no check of its own.
 */
@Component
public class ProjectMembers {

    /** A person's active membership of one of the project's groups. */
    public record Member(long userId, long groupId, String groupName, GroupRole role) {
    }

    private final RefGroupRepository groups;
    private final RefGroupMemberRepository members;
    private final TenantTime time;
    private final AuditTrail audit;
    private final PeopleDirectory people;

    ProjectMembers(RefGroupRepository groups, RefGroupMemberRepository members, TenantTime time, AuditTrail audit,
            PeopleDirectory people) {
        this.people = people;
        this.groups = groups;
        this.members = members;
        this.time = time;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Member> activeMembers(long projectId) {
        List<Member> out = new ArrayList<>();
        for (RefGroup g : groups.findByProjectIdOrderByName(projectId)) {
            members.findByGroupId(g.id()).stream().filter(RefGroupMember::isActive)
                    .forEach(m -> out.add(new Member(m.getUserId(), g.id(), g.getName(), m.getRole())));
        }
        return out;
    }

    /**
     * Ends the person's active memberships of the project's groups today (a disqualification for the procurement);
     * the rows are kept, as for anyone who leaves. Returns how many ended.
     */
    @Transactional
    public int endMemberships(long projectId, long userId) {
        int ended = 0;
        for (RefGroup g : groups.findByProjectIdOrderByName(projectId)) {
            for (RefGroupMember m : members.findByGroupId(g.id())) {
                if (m.getUserId() == userId && m.isActive()) {
                    m.leave(time.today(), time.today());
                    audit.recordIn(g.getTenantId(), "group.member-left", "RefGroup", g.id(),
                            FieldChange.set("member", people.names(List.of(userId)).getOrDefault(userId,
                                    String.valueOf(userId))), FieldChange.set("reason", "impartiality"));
                    ended++;
                }
            }
        }
        return ended;
    }
}
