package no.samspill.identity;

import java.util.List;
import java.util.Set;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.UnitSummary;

/** What an invitation form may offer in the active tenant: the roles its kind allows and its units. */
public record InviteOptions(String tenantName, Set<Role> roles, List<UnitSummary> units) {

    public InviteOptions {
        roles = Set.copyOf(roles);
        units = List.copyOf(units);
    }
}
