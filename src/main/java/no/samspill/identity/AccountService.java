package no.samspill.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import no.samspill.identity.domain.Invitation;
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

/** The user's own account: setting a password from an invitation, language, and the tenant they act in. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final InvitationTokens invitations;
    private final TenantDirectory tenants;
    private final PasswordEncoder encoder;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(UserAccountRepository users, InvitationTokens invitations, TenantDirectory tenants,
            PasswordEncoder encoder, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.users = users;
        this.invitations = invitations;
        this.tenants = tenants;
        this.encoder = encoder;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open to anyone holding the link: shows whom the invitation is for, or nothing when it is not usable. */
    @Transactional(readOnly = true)
    public Optional<InvitationInfo> invitation(String token) {
        return invitations.findUsable(token).flatMap(inv -> users.findById(inv.getUserId())
                .filter(u -> !u.hasPassword())
                .map(u -> new InvitationInfo(u.getEmail(), u.getDisplayName(), inv.getTenantId() == null ? ""
                        : tenants.tenant(inv.getTenantId()).map(TenantSummary::name).orElse(""))));
    }

    @Transactional
    public void setPassword(String token, String password, String repeated) {
        Invitation invitation = invitations.findUsable(token)
                .orElseThrow(() -> new ValidationException("password.error.link"));
        UserAccount user = users.findById(invitation.getUserId()).filter(u -> !u.hasPassword())
                .orElseThrow(() -> new ValidationException("password.error.link"));
        if (password.length() < IdentityRules.PASSWORD_MIN || password.length() > IdentityRules.PASSWORD_MAX) {
            throw new ValidationException("password.error.length", IdentityRules.PASSWORD_MIN,
                    IdentityRules.PASSWORD_MAX);
        }
        // bcrypt reads at most 72 bytes; æ, ø and å take two each
        if (password.getBytes(StandardCharsets.UTF_8).length > IdentityRules.PASSWORD_MAX_BYTES) {
            throw new ValidationException("password.error.bytes", IdentityRules.PASSWORD_MAX_BYTES);
        }
        if (password.equalsIgnoreCase(user.getEmail())) {
            throw new ValidationException("password.error.email");
        }
        if (!password.equals(repeated)) {
            throw new ValidationException("password.error.mismatch");
        }
        user.setPasswordHash(encoder.encode(password));
        invitation.markUsed(clock.instant());
        invitations.revokeOpen(user.id());
        audit.recordAs(user.id(), user.getEmail(), invitation.getTenantId(), "user.password-set", "UserAccount",
                user.id());
    }

    @Transactional(readOnly = true)
    public AccountSummary me() {
        CurrentUser me = access.current();
        Language language = me.userId() == null ? Language.DEFAULT
                : users.findById(me.userId()).flatMap(u -> Language.ofCode(u.getPreferredLanguage()))
                        .orElse(Language.DEFAULT);
        boolean buyer = me.activeTenant() != null && tenants.tenant(me.activeTenant().tenantId())
                .map(t -> t.kind().isBuyer()).orElse(false);
        return new AccountSummary(me.email(), me.displayName(), language, me.platformAdmin(), me.activeTenant(),
                me.grants(), buyer);
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
