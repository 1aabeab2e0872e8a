package no.samspill.steeringgroup;

import java.util.List;
import no.samspill.platform.Mandate;

/** A steering group with its mandate, members, overseen projects and action plans, and what the reader may do. */
public record SteeringGroupDetails(long id, long version, String name, Mandate mandate,
        List<SteeringMemberRow> members, List<OverseenProject> projects, List<OverseenPlan> plans,
        boolean canManage) {

    public SteeringGroupDetails {
        members = List.copyOf(members);
        projects = List.copyOf(projects);
        plans = List.copyOf(plans);
    }
}
