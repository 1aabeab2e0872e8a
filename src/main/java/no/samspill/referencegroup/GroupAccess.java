package no.samspill.referencegroup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.referencegroup.domain.RefGroupMemberRepository;
import no.samspill.referencegroup.domain.RefGroupRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and run a reference group, decided once for the group, meeting and review services. Leads and admins
 * of the group's own tenant see and run it; someone who is or was a member sees it from the tenant they joined from;
 * the active chair runs it. Groups belong to buyers: suppliers, and everyone else, get "not found".
 */
@Component
class GroupAccess {

    private final AccessPolicy access;
    private final RefGroupRepository groups;
    private final RefGroupMemberRepository members;

    GroupAccess(AccessPolicy access, RefGroupRepository groups, RefGroupMemberRepository members) {
        this.access = access;
        this.groups = groups;
        this.members = members;
    }

    /** A membership that is active now, with its group. */
    record Active(RefGroup group, RefGroupMember membership) {
    }

    CurrentUser current() {
        return access.current();
    }

    /**
     * The group, when the user may see it: leads and admins of its tenant, or someone who is or was a member of it
     * from the tenant they are acting in (the invitation of that tenant is the grant).
     */
    RefGroup visible(long groupId) {
        // a supplier or a user without a reader role gets the answer of a missing id: no grant, no existence
        long tenantId = access.requireBuyerToSee(Roles.STAFF);
        RefGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        CurrentUser me = access.current();
        // the group's own leads, or someone who is or was a member acting from the tenant they joined from
        if (!leadsOf(group) && (me.userId() == null
                || members.findByGroupIdAndUserIdAndTenantId(groupId, me.userId(), tenantId).isEmpty())) {
            throw new NotFoundException();
        }
        return group;
    }

    /** The group, when the user may run it: leads and admins of the tenant, or its active chair. */
    RefGroup managed(long groupId) {
        RefGroup group = visible(groupId);
        if (!canManage(group)) {
            throw new ForbiddenException();
        }
        return group;
    }

    /** The group, when the user leads procurements in its own tenant: only the owner invites other tenants. */
    RefGroup owned(long groupId) {
        RefGroup group = visible(groupId);
        if (!leadsOf(group)) {
            throw new ForbiddenException();
        }
        return group;
    }

    boolean canManage(RefGroup group) {
        return leadsOf(group) || activeMembership(group.id()).filter(m -> m.getRole() == GroupRole.CHAIR)
                .isPresent();
    }

    /** Whether the user leads procurements or administers the group's own tenant, acting in it now. */
    boolean leadsOf(RefGroup group) {
        CurrentUser me = access.current();
        return me.hasAnyRole(Roles.LEADS) && group.getTenantId() == me.tenantId();
    }

    /** The current user's active membership of the group from the tenant they act in, if any. */
    Optional<RefGroupMember> activeMembership(long groupId) {
        return mine(groupId).stream().filter(RefGroupMember::isActive).findFirst();
    }

    /** The current user's memberships of the group, present and past, from the tenant they act in. */
    private List<RefGroupMember> mine(long groupId) {
        CurrentUser me = access.current();
        return me.userId() == null ? List.of()
                : members.findByGroupIdAndUserIdAndTenantId(groupId, me.userId(), me.tenantId());
    }

    /** The current user's active memberships in the active tenant; none outside a buyer tenant. */
    List<Active> activeMemberships() {
        CurrentUser me = access.current();
        if (me.userId() == null || !me.hasAnyRole(Roles.STAFF) || !me.isBuyer()) {
            return List.of();
        }
        long userId = me.userId();
        return groups.findWithMember(me.tenantId(), userId).stream().flatMap(g -> members
                .findByGroupIdAndUserIdAndTenantId(g.id(), userId, me.tenantId()).stream()
                .filter(RefGroupMember::isActive).limit(1).map(m -> new Active(g, m))).toList();
    }

    /**
     * The last day a viewer may read meetings up to: null while they are a lead, an admin or an active member; for
     * a former member, the day they left (they keep what they took part in, not what came after).
     */
    @Nullable LocalDate readUntil(RefGroup group) {
        if (leadsOf(group)) {
            return null;
        }
        List<RefGroupMember> mine = mine(group.id());
        if (mine.stream().anyMatch(RefGroupMember::isActive)) {
            return null;
        }
        return mine.stream().map(RefGroupMember::getLeftOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
    }
}
