package no.samspill.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.TokenPurpose;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlatformAdminService(UserAccountRepository users, MembershipRepository memberships, InvitationTokens invitations,
            MembershipEnrolment enrolment, TenantDirectory tenants, AccessPolicy access, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
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
     * Makes the person a platform admin. An account without a password yet is mailed a one-time link to set it, at
     * its own address; the caller never sees the link, so granting cannot hand anyone's account to the caller.
     *
     * @return whether a link was mailed
     */
    @Transactional
    public boolean grant(String email, String displayName, Language language) {
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
        if (user.hasPassword()) {
            return false;
        }
        InvitationTokens.Issued link = invitations.issue(user.id(), null, TokenPurpose.INVITATION);
        CurrentUser me = access.current();
        events.publishEvent(new AccountLinkIssued(AccountLinkIssued.Kind.PLATFORM_ADMIN, user.getEmail(),
                user.getPreferredLanguage(), user.getDisplayName(), "", enrolment.link(link.token()),
                link.expiresAt(), MembershipEnrolment.inviterName(me), me.isSystem() ? null : me.email(), link.id()));
        return true;
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
