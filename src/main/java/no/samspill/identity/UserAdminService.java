package no.samspill.identity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.samspill.identity.domain.Membership;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccount;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tenant admin does with the people of the active tenant: list, invite, change roles, deactivate.
 * Every query and every change is bound to the active tenant, so an id from another tenant finds nothing.
 */
@Service
public class UserAdminService {

    private final MembershipRepository memberships;
    private final InvitationTokens invitations;
    private final MembershipEnrolment enrolment;
    private final TenantDirectory tenants;
    private final AccessPolicy access;
    private final AuditTrail audit;

    UserAdminService(MembershipRepository memberships, InvitationTokens invitations, MembershipEnrolment enrolment,
            TenantDirectory tenants, AccessPolicy access, AuditTrail audit) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.enrolment = enrolment;
        this.tenants = tenants;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<MemberRow> members(String search, long offset, int limit) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Map<Long, String> unitNames = tenants.unitNames(tenantId);
        return memberships.findInTenant(tenantId, SearchPatterns.contains(search),
                        OffsetLimit.of(offset, limit, Sort.by("sortName", "id")))
                .stream().map(m -> toRow(m, unitNames)).toList();
    }

    @Transactional(readOnly = true)
    public long countMembers(String search) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        // without a search, the tenant's index counts; the pattern's OR would read every membership of the platform
        return search.isBlank() ? memberships.countByTenantId(tenantId)
                : memberships.countInTenant(tenantId, SearchPatterns.contains(search));
    }

    @Transactional(readOnly = true)
    public InviteOptions inviteOptions() {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        TenantSummary tenant = tenants.tenant(tenantId).orElseThrow(NotFoundException::new);
        return new InviteOptions(tenant.name(), MembershipEnrolment.allowedRoles(tenant.kind()), tenants.units(tenantId));
    }

    /**
     * Invites a person to the active tenant. The membership is an offer until they accept it; the link (for a new
     * account) or the word of the offer (for an existing one) goes by mail to the address, never to the admin.
     */
    @Transactional
    public InvitationResult invite(InviteCommand cmd) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        return enrolment.enrol(tenantId, cmd);
    }

    /** Sends the invitation again (a fresh link, when the person has no password yet; the old one stops working). */
    @Transactional
    public InvitationResult reissueInvitation(long membershipId) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Membership m = memberships.findByIdAndTenantId(membershipId, tenantId).orElseThrow(NotFoundException::new);
        if (!m.isPending()) {
            throw new ValidationException("user.error.not-pending");
        }
        audit.recordIn(tenantId, "user.invitation-reissued", "Membership", m.id());
        enrolment.tell(m, tenants.tenant(tenantId).map(TenantSummary::name).orElse(""), access.current());
        return new InvitationResult(m.id(), m.getUser().getEmail());
    }

    /** Takes back an invitation not yet accepted; the person's other tenants are not touched. */
    @Transactional
    public void withdrawInvitation(long membershipId, long expectedVersion) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Membership m = load(tenantId, membershipId, expectedVersion);
        if (!m.isPending()) {
            throw new ValidationException("user.error.not-pending");
        }
        UserAccount user = m.getUser();
        memberships.delete(m);
        memberships.flush();
        // a link that would now accept nothing must not open an account with no place to go
        if (!user.hasPassword() && memberships.findPendingOfUser(user.id()).isEmpty() && !user.isPlatformAdmin()) {
            invitations.revokeOpen(user.id());
        }
        audit.recordIn(tenantId, "user.invitation-withdrawn", "Membership", membershipId,
                FieldChange.of("email", user.getEmail(), null));
    }

    @Transactional
    public MemberRow changeRoles(long membershipId, long expectedVersion, Set<Role> roles, @Nullable Long unitId) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Membership m = load(tenantId, membershipId, expectedVersion);
        enrolment.validateRoles(tenantId, roles);
        enrolment.validateUnit(tenantId, unitId);
        if (isSelf(m) && !roles.contains(Role.TENANT_ADMIN)) {
            throw new ValidationException("user.error.own-admin-role");
        }
        if (!roles.contains(Role.TENANT_ADMIN)) {
            requireAnotherAdmin(tenantId, m);
        }
        Map<Long, String> unitNames = tenants.unitNames(tenantId);
        FieldChange roleChange = FieldChange.of("roles", sorted(m.getRoles()), sorted(roles));
        FieldChange unitChange = FieldChange.of("unit", unitName(unitNames, m.getUnitId()), unitName(unitNames, unitId));
        m.setRoles(roles);
        m.setUnitId(unitId);
        memberships.flush();
        audit.recordIn(tenantId, "user.roles-changed", "Membership", m.id(), roleChange, unitChange);
        return toRow(m, unitNames);
    }

    @Transactional
    public MemberRow setActive(long membershipId, long expectedVersion, boolean active) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Membership m = load(tenantId, membershipId, expectedVersion);
        if (m.isPending()) {
            // only its person can make an invitation active, by accepting it
            throw new ValidationException("user.error.pending");
        }
        if (!active && isSelf(m)) {
            throw new ValidationException("user.error.deactivate-self");
        }
        if (!active) {
            requireAnotherAdmin(tenantId, m);
        }
        boolean before = m.isActive();
        m.setActive(active);
        memberships.flush();
        audit.recordIn(tenantId, active ? "user.reactivated" : "user.deactivated", "Membership", m.id(),
                FieldChange.of("active", before, active));
        return toRow(m, tenants.unitNames(tenantId));
    }


    private Membership load(long tenantId, long membershipId, long expectedVersion) {
        Membership m = memberships.findByIdAndTenantId(membershipId, tenantId).orElseThrow(NotFoundException::new);
        m.requireVersion(expectedVersion);
        return m;
    }

    /** Locks the tenant's admins, then checks that someone other than this member stays admin. */
    private void requireAnotherAdmin(long tenantId, Membership m) {
        if (memberships.lockActiveAdmins(tenantId).stream().noneMatch(a -> a.id() != m.id())) {
            throw new ValidationException("user.error.last-admin");
        }
    }

    private boolean isSelf(Membership m) {
        CurrentUser me = access.current();
        return Objects.equals(me.userId(), m.getUser().id());
    }


    private static MemberRow toRow(Membership m, Map<Long, String> unitNames) {
        UserAccount u = m.getUser();
        String name = m.isPending() && m.getInvitedName() != null ? m.getInvitedName() : u.getDisplayName();
        return new MemberRow(m.id(), m.getVersion(), u.id(), u.getEmail(), name, m.getRoles(),
                m.getUnitId(), unitName(unitNames, m.getUnitId()), m.isActive() && u.isActive(), m.isPending());
    }

    private static @Nullable String unitName(Map<Long, String> names, @Nullable Long unitId) {
        return unitId == null ? null : names.get(unitId);
    }

    private static String sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList().toString();
    }
}
