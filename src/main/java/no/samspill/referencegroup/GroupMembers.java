package no.samspill.referencegroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import no.samspill.identity.DirectoryEntry;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.time.TenantTime;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.referencegroup.domain.RefGroupMemberRepository;
import no.samspill.referencegroup.domain.RefGroupRepository;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who sits in a group: members joining and leaving, and the other buyer tenants a group invites so that their people
 * can join. {@link GroupService} is its public face; this class makes the change, the service returns the group.
 */
@Component
class GroupMembers {

    private final GroupAccess gate;
    private final RefGroupRepository groups;
    private final RefGroupMemberRepository members;
    private final PeopleDirectory people;
    private final TenantDirectory directory;
    private final AuditTrail audit;
    private final TenantTime time;

    GroupMembers(GroupAccess gate, RefGroupRepository groups, RefGroupMemberRepository members,
            PeopleDirectory people, TenantDirectory directory, AuditTrail audit, TenantTime time) {
        this.gate = gate;
        this.groups = groups;
        this.members = members;
        this.people = people;
        this.directory = directory;
        this.audit = audit;
        this.time = time;
    }

    void add(long groupId, long userId, @Nullable Long unitId, GroupRole role, LocalDate joinedOn) {
        // the group row is locked, so the same person added twice at once does not get two active memberships
        groups.lockById(groupId);
        RefGroup group = gate.managed(groupId);
        // a member sits under the group's mandate, so they cannot join before it begins or after it ends
        if (!group.mandate().covers(joinedOn)) {
            throw new ValidationException("group.error.joined-outside-mandate");
        }
        // the member acts from the group's own tenant, or from an invited one they are an active member of
        long memberTenant = org(group, userId).orElseThrow(() -> new ValidationException("group.error.user"));
        String name = people.names(List.of(userId)).getOrDefault(userId, "–");
        @Nullable String unitName = unitId == null ? null : directory.unitOf(memberTenant, unitId)
                .map(UnitSummary::name).orElseThrow(() -> new ValidationException("group.error.unit"));
        if (members.existsByGroupIdAndUserIdAndTenureLeftOnIsNull(groupId, userId)) {
            throw new ValidationException("group.error.already-member", name);
        }
        members.save(new RefGroupMember(groupId, userId, memberTenant, unitId, role, joinedOn));
        audit.recordIn(group.getTenantId(), "group.member-added", "RefGroup", groupId,
                FieldChange.set("member", name), FieldChange.set("role", role),
                FieldChange.set("unit", unitName));
    }

    /** Ends a membership on the given day; returns the group's id. */
    long end(long memberId, long expectedVersion, LocalDate leftOn) {
        RefGroupMember member = members.findById(memberId).orElseThrow(NotFoundException::new);
        RefGroup group = gate.managed(member.getGroupId());
        member.requireVersion(expectedVersion);
        member.leave(leftOn, time.today());
        members.flush();
        audit.recordIn(group.getTenantId(), "group.member-left", "RefGroup", group.id(),
                FieldChange.set("member", people.names(List.of(member.getUserId())).getOrDefault(member.getUserId(),
                        String.valueOf(member.getUserId()))), FieldChange.set("leftOn", leftOn));
        return group.id();
    }

    void inviteTenant(long groupId, long tenantId) {
        RefGroup group = gate.owned(groupId);
        TenantSummary tenant = invitableTenants(groupId).stream().filter(t -> t.id() == tenantId).findFirst()
                .orElseThrow(() -> new ValidationException("group.error.tenant"));
        group.invite(tenantId);
        groups.flush();
        audit.recordIn(group.getTenantId(), "group.tenant-invited", "RefGroup", groupId,
                FieldChange.set("tenant", tenant.name()));
    }

    List<TenantSummary> invitableTenants(long groupId) {
        RefGroup group = gate.owned(groupId);
        return directory.buyers().stream().filter(t -> t.id() != group.getTenantId()
                && !group.getInvitedTenants().contains(t.id())).toList();
    }

    /** A page of the people who may join: the owner's first, then the invited tenants', paged in the query. */
    List<Candidate> candidates(long groupId, String search, long offset, int limit) {
        List<Long> tenantIds = candidateTenants(gate.managed(groupId));
        List<DirectoryEntry> page = people.activeMembers(tenantIds, search, offset, limit);
        Map<Long, TenantSummary> orgs = directory.summariesOf(page.stream().map(DirectoryEntry::tenantId)
                .collect(Collectors.toSet()));
        return page.stream().flatMap(e -> Stream.ofNullable(orgs.get(e.tenantId())).map(org -> new Candidate(
                e.userId(), e.displayName(), e.email(), e.tenantId(), org.name()))).toList();
    }

    long countCandidates(long groupId, String search) {
        return people.countActiveMembers(candidateTenants(gate.managed(groupId)), search);
    }

    /** The owner's tenant first; a chair from an invited tenant sees the same list as the owner's lead. */
    private static List<Long> candidateTenants(RefGroup group) {
        List<Long> tenantIds = new ArrayList<>(List.of(group.getTenantId()));
        group.getInvitedTenants().stream().sorted().forEach(tenantIds::add);
        return tenantIds;
    }

    List<UnitSummary> unitOptions(long groupId, long tenantId) {
        RefGroup group = gate.managed(groupId);
        if (tenantId != group.getTenantId() && !group.getInvitedTenants().contains(tenantId)) {
            throw new ValidationException("group.error.unit");
        }
        return directory.units(tenantId);
    }

    /** The tenant a user would act from as a member: the group's own, or an invited one they belong to. */
    private Optional<Long> org(RefGroup group, long userId) {
        if (people.isActiveMember(userId, group.getTenantId())) {
            return Optional.of(group.getTenantId());
        }
        return group.getInvitedTenants().stream().filter(t -> people.isActiveMember(userId, t)).findFirst();
    }
}
