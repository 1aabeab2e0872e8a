package no.samspill.identity;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import no.samspill.identity.domain.Invitation;
import no.samspill.identity.domain.TokenPurpose;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.SamspillPrincipal;
import no.samspill.platform.security.TenantGrant;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's own account: setting a password from an invitation or reset link, changing it, language, and the tenant
 * they act in.
 */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final InvitationTokens invitations;
    private final TenantDirectory tenants;
    private final PasswordEncoder encoder;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final PasswordPolicy policy;
    private final InvitationAnswers answers;
    private final Clock clock;

    AccountService(UserAccountRepository users, InvitationTokens invitations, TenantDirectory tenants,
            PasswordEncoder encoder, AccessPolicy access, AuditTrail audit, PasswordPolicy policy,
            InvitationAnswers answers, Clock clock) {
        this.policy = policy;
        this.answers = answers;
        this.users = users;
        this.invitations = invitations;
        this.tenants = tenants;
        this.encoder = encoder;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open to anyone holding the link: shows whom it is for, or nothing when it is not usable. */
    @Transactional(readOnly = true)
    public Optional<InvitationInfo> invitation(String token) {
        return invitations.findUsable(token).flatMap(inv -> users.findById(inv.getUserId())
                .filter(u -> canUse(inv, u))
                .map(u -> new InvitationInfo(u.getEmail(), u.getDisplayName(), inv.getTenantId() == null ? ""
                        : tenants.tenant(inv.getTenantId()).map(TenantSummary::name).orElse(""),
                        inv.getPurpose() == TokenPurpose.RESET, u.getPreferredLanguage())));
    }

    /**
     * Sets the password through a one-time link. An invitation's link also accepts the membership it was sent for:
     * holding the link proves the address, which is what an acceptance needs.
     */
    @Transactional
    public void setPassword(String token, String password, String repeated) {
        Invitation link = invitations.findUsable(token)
                .orElseThrow(() -> new ValidationException("password.error.link"));
        UserAccount user = users.findById(link.getUserId()).filter(u -> canUse(link, u))
                .orElseThrow(() -> new ValidationException("password.error.link"));
        policy.check(password, repeated, user.getEmail());
        user.setPasswordHash(encoder.encode(password));
        link.markUsed(clock.instant());
        invitations.revokeOpen(user.id());
        audit.recordAs(user.id(), user.getEmail(), link.getTenantId(),
                link.getPurpose() == TokenPurpose.RESET ? "user.password-reset" : "user.password-set", "UserAccount",
                user.id());
        if (link.getPurpose() == TokenPurpose.INVITATION && link.getTenantId() != null) {
            answers.acceptOnFirstPassword(user, link.getTenantId());
        }
    }

    /** An invitation sets the first password only; a reset link works for an active account. */
    private static boolean canUse(Invitation link, UserAccount user) {
        return link.getPurpose() == TokenPurpose.RESET ? user.isActive() : !user.hasPassword();
    }

    /** "Change password" in the user menu: the current password first, so an unattended session cannot lock out. */
    @Transactional
    public void changePassword(String current, String password, String repeated) {
        CurrentUser me = access.current();
        UserAccount user = users.findById(Objects.requireNonNull(me.userId())).orElseThrow(NotFoundException::new);
        if (user.getPasswordHash() == null || !encoder.matches(current, user.getPasswordHash())) {
            throw new ValidationException("password.error.current");
        }
        if (current.equals(password)) {
            throw new ValidationException("password.error.same");
        }
        policy.check(password, repeated, user.getEmail());
        user.setPasswordHash(encoder.encode(password));
        invitations.revokeOpen(user.id());
        audit.record("user.password-changed", "UserAccount", user.id());
    }

    @Transactional(readOnly = true)
    public AccountSummary me() {
        CurrentUser me = access.current();
        Language language = me.userId() == null ? Language.DEFAULT
                : users.findById(me.userId()).flatMap(u -> Language.ofCode(u.getPreferredLanguage()))
                        .orElse(Language.DEFAULT);
        return new AccountSummary(me.email(), me.displayName(), language, me.platformAdmin(), me.activeTenant(),
                me.grants(), me.isBuyer());
    }

    @Transactional
    public void changeLanguage(Language language) {
        CurrentUser me = access.current();
        if (me.userId() == null) {
            return;
        }
        UserAccount user = users.findById(me.userId()).orElseThrow(NotFoundException::new);
        String before = user.getPreferredLanguage();
        user.setPreferredLanguage(language.code());
        audit.record("user.language-changed", "UserAccount", user.id(),
                FieldChange.of("language", before, language.code()));
    }

    /**
     * Makes another of the user's tenants the active one. The new principal replaces the old one in the security
     * context that the HTTP session holds, so the next request acts in the new tenant too.
     */
    @Transactional(readOnly = true)
    public TenantGrant switchTenant(long tenantId) {
        CurrentUser me = access.current();
        TenantGrant grant = me.grants().stream().filter(g -> g.tenantId() == tenantId).findFirst()
                .orElseThrow(ForbiddenException::new);
        Authentication auth = Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication());
        SamspillPrincipal current = (SamspillPrincipal) Objects.requireNonNull(auth.getPrincipal());
        SamspillPrincipal switched = current.withActiveTenant(tenantId, me.grants());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(switched, null, switched.getAuthorities()));
        return grant;
    }
}
