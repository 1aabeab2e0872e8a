package no.samspill.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.samspill.identity.domain.Membership;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
    private final UserAccountRepository users;
    private final InvitationTokens invitations;
    private final TenantDirectory tenants;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicUrl;

    UserAdminService(MembershipRepository memberships, UserAccountRepository users, InvitationTokens invitations,
            TenantDirectory tenants, AccessPolicy access, AuditTrail audit, Clock clock,
            @Value("${samspill.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.memberships = memberships;
        this.users = users;
        this.invitations = invitations;
        this.tenants = tenants;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MemberRow> members(String search, long offset, int limit) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Map<Long, String> unitNames = tenants.unitNames(tenantId);
        return memberships.findInTenant(tenantId, pattern(search),
                        OffsetLimit.of(offset, limit, Sort.by("user.displayName", "id")))
                .stream().map(m -> toRow(m, unitNames)).toList();
    }

    @Transactional(readOnly = true)
    public long countMembers(String search) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        return memberships.countInTenant(tenantId, pattern(search));
    }

    @Transactional(readOnly = true)
    public InviteOptions inviteOptions() {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        TenantSummary tenant = tenants.tenant(tenantId).orElseThrow(NotFoundException::new);
        return new InviteOptions(tenant.name(), allowedRoles(tenant.kind()), tenants.units(tenantId));
    }

    /**
     * Adds a person to the active tenant. A new person gets an account without a password and a one-time link
     * to set it; someone who already has an account (in any tenant) just gets the membership.
     */
    @Transactional
    public InvitationResult invite(InviteCommand cmd) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        String email = cmd.email().strip().toLowerCase(Locale.ROOT);
        String name = cmd.displayName().strip();
        if (email.length() > IdentityRules.EMAIL_MAX || !IdentityRules.EMAIL.matcher(email).matches()) {
            throw new ValidationException("user.error.email");
        }
        validateName(name);
        validateRoles(tenantId, cmd.roles());
        validateUnit(tenantId, cmd.unitId());
        Instant now = clock.instant();
        UserAccount user = users.findByEmailIgnoreCase(email).orElse(null);
        boolean newAccount = user == null;
        if (user == null) {
            user = users.save(new UserAccount(email, name, cmd.language().code(), now));
        } else if (memberships.findByUserIdAndTenantId(user.id(), tenantId).isPresent()) {
            throw new ValidationException("user.error.already-member", email);
        }
        Membership membership = memberships.save(new Membership(user, tenantId, cmd.unitId(), cmd.roles(), now));
        audit.record("user.invited", "Membership", membership.id(), FieldChange.set("email", email),
                FieldChange.set("roles", sorted(cmd.roles())));
        String token = newAccount || !user.hasPassword() ? invitations.issue(user.id(), tenantId) : null;
        return result(membership.id(), token);
    }

    /** A fresh link for someone who has not set a password yet (the old link expired or got lost). */
    @Transactional
    public InvitationResult reissueInvitation(long membershipId) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Membership m = memberships.findByIdAndTenantId(membershipId, tenantId).orElseThrow(NotFoundException::new);
        if (m.getUser().hasPassword()) {
            throw new ValidationException("user.error.password-already-set");
        }
        audit.record("user.invitation-reissued", "Membership", m.id());
        return result(m.id(), invitations.issue(m.getUser().id(), tenantId));
    }

    @Transactional
    public MemberRow changeRoles(long membershipId, long expectedVersion, Set<Role> roles, @Nullable Long unitId) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Membership m = load(tenantId, membershipId, expectedVersion);
        validateRoles(tenantId, roles);
        validateUnit(tenantId, unitId);
        if (isSelf(m) && !roles.contains(Role.TENANT_ADMIN)) {
            throw new ValidationException("user.error.own-admin-role");
        }
        Map<Long, String> unitNames = tenants.unitNames(tenantId);
        FieldChange roleChange = FieldChange.of("roles", sorted(m.getRoles()), sorted(roles));
        FieldChange unitChange = FieldChange.of("unit", unitName(unitNames, m.getUnitId()), unitName(unitNames, unitId));
        m.setRoles(roles);
        m.setUnitId(unitId);
        memberships.flush();
        audit.record("user.roles-changed", "Membership", m.id(), roleChange, unitChange);
        return toRow(m, unitNames);
    }

    @Transactional
    public MemberRow setActive(long membershipId, long expectedVersion, boolean active) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        Membership m = load(tenantId, membershipId, expectedVersion);
        if (!active && isSelf(m)) {
            throw new ValidationException("user.error.deactivate-self");
        }
        boolean before = m.isActive();
        m.setActive(active);
        memberships.flush();
        audit.record(active ? "user.reactivated" : "user.deactivated", "Membership", m.id(),
                FieldChange.of("active", before, active));
        return toRow(m, tenants.unitNames(tenantId));
    }

    private InvitationResult result(long membershipId, @Nullable String token) {
        String link = token == null ? null : publicUrl + InvitationResult.LINK_PATH + token;
        return new InvitationResult(membershipId, token, link);
    }

    private Membership load(long tenantId, long membershipId, long expectedVersion) {
        Membership m = memberships.findByIdAndTenantId(membershipId, tenantId).orElseThrow(NotFoundException::new);
        if (m.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return m;
    }

    private boolean isSelf(Membership m) {
        CurrentUser me = access.current();
        return Objects.equals(me.userId(), m.getUser().id());
    }

    private void validateRoles(long tenantId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new ValidationException("user.error.no-role");
        }
        TenantKind kind = tenants.tenant(tenantId).map(TenantSummary::kind).orElseThrow(NotFoundException::new);
        for (Role role : roles) {
            if (!allowedRoles(kind).contains(role)) {
                throw new ValidationException("user.error.role-not-allowed", role.name());
            }
        }
    }

    /** Supplier tenants have supplier users; buyer tenants have procurement leads and members. */
    public static Set<Role> allowedRoles(TenantKind kind) {
        return kind == TenantKind.SUPPLIER
                ? EnumSet.of(Role.TENANT_ADMIN, Role.SUPPLIER_USER)
                : EnumSet.of(Role.TENANT_ADMIN, Role.PROCUREMENT_LEAD, Role.MEMBER);
    }

    private void validateUnit(long tenantId, @Nullable Long unitId) {
        if (unitId != null && tenants.unitOf(tenantId, unitId).isEmpty()) {
            throw new ValidationException("user.error.unit");
        }
    }

    static void validateName(String name) {
        if (name.isEmpty() || name.length() > IdentityRules.DISPLAY_NAME_MAX) {
            throw new ValidationException("user.error.name", IdentityRules.DISPLAY_NAME_MAX);
        }
        if (IdentityRules.MARKUP.matcher(name).find()) {
            throw new ValidationException("user.error.name-markup");
        }
    }

    private static MemberRow toRow(Membership m, Map<Long, String> unitNames) {
        UserAccount u = m.getUser();
        return new MemberRow(m.id(), m.getVersion(), u.id(), u.getEmail(), u.getDisplayName(), m.getRoles(),
                m.getUnitId(), unitName(unitNames, m.getUnitId()), m.isActive() && u.isActive(), u.hasPassword());
    }

    private static @Nullable String unitName(Map<Long, String> names, @Nullable Long unitId) {
        return unitId == null ? null : names.get(unitId);
    }

    private static String sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList().toString();
    }

    private static String pattern(String search) {
        return "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
