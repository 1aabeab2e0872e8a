package no.samspill.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.TenantDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the operators (platform admins) do with people: make another platform admin, and give a new tenant its
 * first administrator. They get no rights inside tenants (docs/decisions/002-modules-and-access.md).
 */
@Service
public class PlatformAdminService {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final InvitationTokens invitations;
    private final MembershipEnrolment enrolment;
    private final TenantDirectory tenants;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    PlatformAdminService(UserAccountRepository users, MembershipRepository memberships, InvitationTokens invitations,
            MembershipEnrolment enrolment, TenantDirectory tenants, AccessPolicy access, AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.invitations = invitations;
        this.enrolment = enrolment;
        this.tenants = tenants;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the address belongs to a platform admin who can log in. */
    @Transactional(readOnly = true)
    public boolean isReadyPlatformAdmin(String email) {
        access.requirePlatformAdmin();
        return users.findByEmailIgnoreCase(email.strip())
                .map(u -> u.isPlatformAdmin() && u.isActive() && u.hasPassword()).orElse(false);
    }

    /**
     * Makes the person a platform admin. A link to set the password comes back only for an account that belongs
     * to no tenant and has no password yet: a link for a tenant member would hand their tenants to the caller.
     */
    @Transactional
    public InvitationResult grant(String email, String displayName, Language language) {
        access.requirePlatformAdmin();
        String clean = email.strip().toLowerCase(Locale.ROOT);
        MembershipEnrolment.validateEmail(clean);
        MembershipEnrolment.validateName(displayName.strip());
        UserAccount user = users.findByEmailIgnoreCase(clean)
                .orElseGet(() -> users.save(new UserAccount(clean, displayName.strip(), language.code(),
                        clock.instant())));
        user.setPlatformAdmin(true);
        audit.recordIn(null, "user.platform-admin-granted", "UserAccount", user.id(),
                FieldChange.set("email", clean));
        boolean linkAllowed = !user.hasPassword() && memberships.findByUserId(user.id()).isEmpty();
        return enrolment.result(0, linkAllowed ? invitations.issue(user.id(), null) : null);
    }

    /** A new tenant's first administrator; refused once the tenant has an active admin, who invites the rest. */
    @Transactional
    public InvitationResult inviteFirstAdmin(long tenantId, String email, String displayName, Language language) {
        access.requirePlatformAdmin();
        tenants.tenant(tenantId).orElseThrow(NotFoundException::new);
        if (!memberships.lockActiveAdmins(tenantId).isEmpty()) {
            throw new ValidationException("tenant.error.has-admin");
        }
        return enrolment.enrol(tenantId, new InviteCommand(email, displayName, Set.of(Role.TENANT_ADMIN), null,
                language));
    }
}
