package no.samspill.steeringgroup;

import java.util.List;
import no.samspill.platform.Mandate;

/**
 * A steering group with its mandate, members, overseen projects and action plans, and what the reader may do. Of
 * the overseen projects it holds the first page ({@link SteeringRules#OVERSEEN_PAGE}) and how many there are; the
 * page's list reads the rest as it scrolls.
 */
public record SteeringGroupDetails(long id, long version, String name, Mandate mandate,
        List<SteeringMemberRow> members, List<OverseenProject> projects, long projectCount, List<OverseenPlan> plans,
        boolean canManage) {

    public SteeringGroupDetails {
        members = List.copyOf(members);
        projects = List.copyOf(projects);
        plans = List.copyOf(plans);
    }
}
