package no.samspill.impartiality;

import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.identity.PeopleDirectory;
import no.samspill.impartiality.domain.Declaration;
import no.samspill.platform.security.Role;
import no.samspill.procurement.ProjectSummary;
import org.springframework.stereotype.Component;

/**
 * Who decides on a declared tie: the project's lead; for the lead's own declaration, the chairs of the steering
 * groups that oversee the project. Where there is nobody in that role, the tenant's admins, so that a tie never
 * waits for someone who does not exist. Nobody decides on their own declaration.
 */
@Component
class Deciders {

    private final Roster roster;
    private final PeopleDirectory people;

    Deciders(Roster roster, PeopleDirectory people) {
        this.roster = roster;
        this.people = people;
    }

    Set<Long> of(ProjectSummary project, long tenantId, long declarantUserId) {
        Set<Long> deciders = project.leadUserId() != null && project.leadUserId() != declarantUserId
                ? Set.of(project.leadUserId()) : roster.chairs(project.id());
        if (deciders.isEmpty()) {
            deciders = people.activeUsersWithRole(tenantId, Role.TENANT_ADMIN);
        }
        return deciders.stream().filter(id -> id != declarantUserId).collect(Collectors.toSet());
    }

    static DeclarationStatus status(Declaration d, long uncovered) {
        if (!d.isSigned()) {
            return DeclarationStatus.MISSING;
        }
        if (d.getDecision() == Decision.DISQUALIFIED) {
            return DeclarationStatus.DECIDED;
        }
        if (uncovered > 0) {
            return DeclarationStatus.INCOMPLETE;
        }
        if (d.getDecision() != null) {
            return DeclarationStatus.DECIDED;
        }
        return d.hasTies() ? DeclarationStatus.TIE_DECLARED : DeclarationStatus.COMPLETE;
    }
}
