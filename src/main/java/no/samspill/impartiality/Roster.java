package no.samspill.impartiality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.procurement.ProjectSummary;
import no.samspill.referencegroup.ProjectMembers;
import no.samspill.steeringgroup.ProjectOverseers;
import no.samspill.steeringgroup.SteeringRole;
import org.springframework.stereotype.Component;

/**
 * Who must declare for a project, from their roles: its lead, the active members of its reference groups and of the
 * steering groups that oversee it. People the lead added come from their declaration rows, not from here.
 */
@Component
class Roster {

    private final ProjectMembers members;
    private final ProjectOverseers overseers;

    Roster(ProjectMembers members, ProjectOverseers overseers) {
        this.members = members;
        this.overseers = overseers;
    }

    /** Each person with every role that makes them declare, the lead first. */
    Map<Long, List<RosterEntry>> of(ProjectSummary project) {
        Map<Long, List<RosterEntry>> out = new LinkedHashMap<>();
        if (project.leadUserId() != null) {
            add(out, project.leadUserId(), new RosterEntry(RosterEntry.LEAD, null));
        }
        for (ProjectMembers.Member m : members.activeMembers(project.id())) {
            add(out, m.userId(), new RosterEntry(RosterEntry.REFERENCE_GROUP, m.groupName()));
        }
        for (ProjectOverseers.Overseer o : overseers.overseers(project.id())) {
            add(out, o.userId(), new RosterEntry(o.role() == SteeringRole.CHAIR ? RosterEntry.STEERING_CHAIR
                    : RosterEntry.STEERING_GROUP, o.groupName()));
        }
        return out;
    }

    /** The chairs of the steering groups that oversee the project: they decide on the lead's own ties. */
    Set<Long> chairs(long projectId) {
        return overseers.overseers(projectId).stream().filter(o -> o.role() == SteeringRole.CHAIR)
                .map(ProjectOverseers.Overseer::userId).collect(Collectors.toSet());
    }

    private static void add(Map<Long, List<RosterEntry>> out, long userId, RosterEntry entry) {
        out.computeIfAbsent(userId, k -> new ArrayList<>()).add(entry);
    }
}
