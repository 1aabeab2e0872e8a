package no.samspill.identity;

import java.time.Clock;
import java.util.Locale;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform admins: the operators who create tenants. Only a platform admin (or the system) makes another. */
@Service
public class PlatformAdminService {

    private final UserAccountRepository users;
    private final InvitationTokens invitations;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicUrl;

    PlatformAdminService(UserAccountRepository users, InvitationTokens invitations, AccessPolicy access,
            AuditTrail audit, Clock clock, @Value("${samspill.public-url}") String publicUrl) {
        this.users = users;
        this.invitations = invitations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        access.requirePlatformAdmin();
        return users.findByEmailIgnoreCase(email.strip()).isPresent();
    }

    /** Makes the person a platform admin; a new account gets a one-time link to set its password. */
    @Transactional
    public InvitationResult grant(String email, String displayName, Language language) {
        access.requirePlatformAdmin();
        String clean = email.strip().toLowerCase(Locale.ROOT);
        if (!IdentityRules.EMAIL.matcher(clean).matches()) {
            throw new ValidationException("user.error.email");
        }
        UserAdminService.validateName(displayName.strip());
        UserAccount user = users.findByEmailIgnoreCase(clean)
                .orElseGet(() -> users.save(new UserAccount(clean, displayName.strip(), language.code(),
                        clock.instant())));
        user.setPlatformAdmin(true);
        audit.recordIn(null, "user.platform-admin-granted", "UserAccount", user.id(),
                FieldChange.set("email", clean));
        if (user.hasPassword()) {
            return new InvitationResult(0, null, null);
        }
        String token = invitations.issue(user.id(), null);
        return new InvitationResult(0, token, publicUrl + InvitationResult.LINK_PATH + token);
    }
}
