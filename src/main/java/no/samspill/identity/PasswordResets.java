package no.samspill.identity;

import java.util.Locale;
import java.util.Optional;
import no.samspill.identity.domain.TokenPurpose;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a one-time link by mail to the account's own address, with the invitation token's rules
 * (random, stored hashed, single use, older links revoked) and an hour to use it. The caller learns nothing: a known
 * address, an unknown one and one asked for too often all end the same way, with no exception and no return value.
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    private final UserAccountRepository users;
    private final InvitationTokens tokens;
    private final MembershipEnrolment enrolment;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PasswordResets(UserAccountRepository users, InvitationTokens tokens, MembershipEnrolment enrolment,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.users = users;
        this.tokens = tokens;
        this.enrolment = enrolment;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void request(String email) {
        String clean = email.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty() || clean.length() > IdentityRules.EMAIL_MAX) {
            return;
        }
        Optional<UserAccount> found = users.findByEmailIgnoreCase(clean).filter(UserAccount::isActive);
        if (found.isEmpty()) {
            return;
        }
        UserAccount user = found.get();
        // a cap per account, so that nobody can fill a stranger's inbox from the login page
        if (tokens.recentResets(user.id()) >= IdentityRules.RESETS_PER_WINDOW) {
            log.info("Password reset for user {} not sent: {} already in the last {}", user.id(),
                    IdentityRules.RESETS_PER_WINDOW, IdentityRules.RESET_WINDOW);
            return;
        }
        InvitationTokens.Issued link = tokens.issue(user.id(), null, TokenPurpose.RESET);
        audit.recordAs(null, "anonymous", null, "user.password-reset-requested", "UserAccount", user.id());
        events.publishEvent(new AccountLinkIssued(AccountLinkIssued.Kind.RESET, user.getEmail(),
                user.getPreferredLanguage(), user.getDisplayName(), "", enrolment.link(link.token()),
                link.expiresAt(), "", null, link.id()));
    }
}
