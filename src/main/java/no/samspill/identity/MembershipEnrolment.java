package no.samspill.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import no.samspill.identity.domain.Membership;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts a person into a tenant: the rules for names, roles and units, the account, the membership, the audit entry
 * and, for a brand-new account only, the one-time link. The callers (tenant admin, platform admin) have already
 * made their access check.
 */
@Component
class MembershipEnrolment {

    private final MembershipRepository memberships;
    private final UserAccountRepository users;
    private final InvitationTokens invitations;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicUrl;

    MembershipEnrolment(MembershipRepository memberships, UserAccountRepository users, InvitationTokens invitations,
            TenantDirectory tenants, AuditTrail audit, Clock clock,
            @Value("${samspill.public-url}") String publicUrl) {
        this.memberships = memberships;
        this.users = users;
        this.invitations = invitations;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    InvitationResult enrol(long tenantId, InviteCommand cmd) {
        String email = cmd.email().strip().toLowerCase(Locale.ROOT);
        String name = cmd.displayName().strip();
        validateEmail(email);
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
        audit.recordIn(tenantId, "user.invited", "Membership", membership.id(), FieldChange.set("email", email),
                FieldChange.set("roles", cmd.roles().stream().map(Role::name).sorted().toList()));
        // Only a brand-new account gets a link here. Someone invited elsewhere who has not set a password yet
        // keeps the link that tenant gave them: handing a second link to this admin would let them take the
        // account over, with all its other memberships.
        return result(membership.id(), newAccount ? invitations.issue(user.id(), tenantId) : null);
    }

    InvitationResult result(long membershipId, @Nullable String token) {
        String link = token == null ? null : publicUrl + InvitationResult.LINK_PATH + token;
        return new InvitationResult(membershipId, token, link);
    }

    void validateRoles(long tenantId, Set<Role> roles) {
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
    static Set<Role> allowedRoles(TenantKind kind) {
        return kind == TenantKind.SUPPLIER
                ? EnumSet.of(Role.TENANT_ADMIN, Role.SUPPLIER_USER)
                : EnumSet.of(Role.TENANT_ADMIN, Role.PROCUREMENT_LEAD, Role.MEMBER);
    }

    void validateUnit(long tenantId, @Nullable Long unitId) {
        if (unitId != null && tenants.unitOf(tenantId, unitId).isEmpty()) {
            throw new ValidationException("user.error.unit");
        }
    }

    static void validateEmail(String email) {
        if (email.length() > IdentityRules.EMAIL_MAX || !IdentityRules.EMAIL.matcher(email).matches()) {
            throw new ValidationException("user.error.email");
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
}
