package no.samspill.steeringgroup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.Roles;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import no.samspill.steeringgroup.domain.SteeringMember;
import no.samspill.steeringgroup.domain.SteeringMemberRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see and run a steering group, decided once for its services. The tenant's admins and the group's active
 * members see its meetings, papers and packages; papers exempt from public disclosure only the members.
 * The admins and the group's active chair and secretary run it. Everyone else gets "not found".
 */
@Component
class SteeringAccess {

    private final AccessPolicy access;
    private final SteeringGroupRepository groups;
    private final SteeringMemberRepository members;

    SteeringAccess(AccessPolicy access, SteeringGroupRepository groups, SteeringMemberRepository members) {
        this.access = access;
        this.groups = groups;
        this.members = members;
    }

    /** A reader's standing towards one group, with the group's members (read once, for the page that shows them). */
    record Reader(SteeringGroup group, boolean admin, Optional<SteeringMember> membership,
            List<SteeringMember> members) {

        Reader {
            members = List.copyOf(members);
        }

        /** Members read exempt papers; an admin who is no member does not. */
        boolean readsExempt() {
            return membership.isPresent();
        }

        boolean manages() {
            return admin || membership.filter(m -> m.getRole() != SteeringRole.MEMBER).isPresent();
        }
    }

    /** The active tenant, when it is a buyer (groups belong to buyers; a supplier's admin gets no further). */
    long buyerTenant(Set<Role> roles) {
        return access.requireBuyer(roles);
    }

    Reader read(long groupId) {
        // one group's content: whoever has no grant to it gets the answer of a missing id, suppliers included
        long tenantId = access.requireBuyerToSee(Roles.STAFF);
        SteeringGroup group = groups.findByIdAndTenantId(groupId, tenantId).orElseThrow(NotFoundException::new);
        CurrentUser me = access.current();
        boolean admin = me.hasAnyRole(Role.TENANT_ADMIN);
        // a member who has left no longer reads the group: its papers can be exempt, and need to know ends there
        List<SteeringMember> all = members.findByGroupId(groupId);
        Optional<SteeringMember> active = all.stream()
                .filter(m -> m.isActive() && Objects.equals(m.getUserId(), me.userId())).findFirst();
        if (!admin && active.isEmpty()) {
            throw new NotFoundException();
        }
        return new Reader(group, admin, active, all);
    }

    /** Whether the current user is an active member of the group, and so reads its exempt papers. */
    boolean readsExempt(long groupId) {
        Long me = access.current().userId();
        return me != null && members.findByGroupId(groupId).stream()
                .anyMatch(m -> m.isActive() && Objects.equals(m.getUserId(), me));
    }

    Reader manage(long groupId) {
        Reader reader = read(groupId);
        if (!reader.manages()) {
            throw new ForbiddenException();
        }
        return reader;
    }

    CurrentUser current() {
        return access.current();
    }
}
