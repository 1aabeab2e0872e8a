package no.samspill.identity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import no.samspill.identity.domain.Membership;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.TokenPurpose;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.PublicUrl;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts a person into a tenant: the rules for names, roles and units, the account, the membership (an offer until it
 * is accepted), the audit entry, and the mail to the invited address. The callers (tenant admin, platform admin)
 * have already made their access check.
 */
@Component
class MembershipEnrolment {

    private final MembershipRepository memberships;
    private final UserAccountRepository users;
    private final InvitationTokens invitations;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicUrl publicUrl;

    MembershipEnrolment(MembershipRepository memberships, UserAccountRepository users, InvitationTokens invitations,
            TenantDirectory tenants, AuditTrail audit, AccessPolicy access, ApplicationEventPublisher events,
            Clock clock, PublicUrl publicUrl) {
        this.memberships = memberships;
        this.users = users;
        this.invitations = invitations;
        this.tenants = tenants;
        this.audit = audit;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    InvitationResult enrol(long tenantId, InviteCommand cmd) {
        String email = cmd.email().strip().toLowerCase(Locale.ROOT);
        String name = cmd.displayName().strip();
        validateEmail(email);
        validateName(name);
        validateRoles(tenantId, cmd.roles());
        validateUnit(tenantId, cmd.unitId());
        TenantSummary tenant = tenants.tenant(tenantId).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        UserAccount user = users.findByEmailIgnoreCase(email).orElse(null);
        if (user == null) {
            user = users.save(new UserAccount(email, name, cmd.language().code(), now));
        } else {
            // a repeat (a double click, or a colleague who invited the same person) changes nothing and is told so
            Membership existing = memberships.findByUserIdAndTenantId(user.id(), tenantId).orElse(null);
            if (existing != null) {
                return new InvitationResult(existing.id(), email, existing.isPending()
                        ? InvitationResult.Outcome.ALREADY_INVITED : InvitationResult.Outcome.ALREADY_MEMBER);
            }
        }
        CurrentUser inviter = access.current();
        Membership membership = memberships.save(Membership.offer(user, tenantId, cmd.unitId(), cmd.roles(), name,
                inviterName(inviter), now));
        audit.recordIn(tenantId, "user.invited", "Membership", membership.id(), FieldChange.set("email", email),
                FieldChange.set("roles", cmd.roles().stream().map(Role::name).sorted().toList()));
        tell(membership, tenant.name(), inviter);
        return new InvitationResult(membership.id(), email);
    }

    /**
     * Tells the invited person, at their own address only. Without a password yet they get a fresh one-time link,
     * which accepts this membership (any older link stops working: only the newest may set the password); with an
     * account they get word of the offer, to accept after logging in. The admin learns neither which, nor the link.
     */
    void tell(Membership membership, String tenantName, CurrentUser inviter) {
        UserAccount user = membership.getUser();
        String greeting = membership.getInvitedName() == null ? user.getDisplayName() : membership.getInvitedName();
        if (!user.hasPassword()) {
            InvitationTokens.Issued link = invitations.issue(user.id(), membership.getTenantId(),
                    TokenPurpose.INVITATION);
            events.publishEvent(new AccountLinkIssued(AccountLinkIssued.Kind.INVITATION, user.getEmail(),
                    user.getPreferredLanguage(), greeting, tenantName, link(link.token()), link.expiresAt(),
                    inviterName(inviter), inviter.isSystem() ? null : inviter.email(), link.id()));
        } else {
            events.publishEvent(new MembershipOffered(membership.id(), user.getEmail(), user.getPreferredLanguage(),
                    user.getDisplayName(), tenantName, inviterName(inviter), inviter.isSystem() ? null : inviter.email(),
                    publicUrl.link(InvitationResult.INVITATIONS_PATH),
                    clock.instant()));
        }
    }

    /** Seeding and the start-up bootstrap invite as the portal itself. */
    static String inviterName(CurrentUser inviter) {
        return inviter.isSystem() ? "Samspill" : inviter.displayName();
    }

    String link(String token) {
        return publicUrl.link(InvitationResult.LINK_PATH + token);
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

    /** The pattern catches typos; the strict RFC 822 parse refuses what no SMTP server would take. */
    static void validateEmail(String email) {
        if (email.length() > IdentityRules.EMAIL_MAX || !IdentityRules.EMAIL.matcher(email).matches()) {
            throw new ValidationException("user.error.email");
        }
        try {
            new InternetAddress(email, true).validate();
        } catch (AddressException e) {
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
