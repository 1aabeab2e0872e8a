package no.samspill.identity;

import java.time.Clock;
import java.util.Locale;
import no.samspill.identity.domain.Membership;
import no.samspill.identity.domain.MembershipRepository;
import no.samspill.identity.domain.UserAccount;
import no.samspill.identity.domain.UserAccountRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.AccessPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo seeding only: accounts with the published demo password and accepted memberships, without links or mails
 * (an invitation now reaches only the address's mailbox, which a demo address has not got). Refused to anyone but
 * the system actor, which no login produces.
 */
@Component
public class SeededAccounts {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final MembershipEnrolment enrolment;
    private final PasswordEncoder encoder;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    SeededAccounts(UserAccountRepository users, MembershipRepository memberships, MembershipEnrolment enrolment,
            PasswordEncoder encoder, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.enrolment = enrolment;
        this.encoder = encoder;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return whether a membership was added */
    @Transactional
    public boolean ensureMember(long tenantId, InviteCommand cmd, String password) {
        UserAccount user = account(cmd.email(), cmd.displayName(), cmd.language(), password);
        if (memberships.findByUserIdAndTenantId(user.id(), tenantId).isPresent()) {
            return false;
        }
        enrolment.validateRoles(tenantId, cmd.roles());
        enrolment.validateUnit(tenantId, cmd.unitId());
        Membership m = memberships.save(new Membership(user, tenantId, cmd.unitId(), cmd.roles(), clock.instant()));
        audit.recordIn(tenantId, "user.seeded", "Membership", m.id());
        return true;
    }

    @Transactional
    public void ensurePlatformAdmin(String email, String displayName, Language language, String password) {
        UserAccount user = account(email, displayName, language, password);
        user.setPlatformAdmin(true);
        audit.recordIn(null, "user.seeded", "UserAccount", user.id());
    }

    private UserAccount account(String email, String displayName, Language language, String password) {
        if (!access.current().isSystem()) {
            throw new ForbiddenException();
        }
        String clean = email.strip().toLowerCase(Locale.ROOT);
        MembershipEnrolment.validateEmail(clean);
        MembershipEnrolment.validateName(displayName.strip());
        UserAccount user = users.findByEmailIgnoreCase(clean).orElseGet(() -> users.save(
                new UserAccount(clean, displayName.strip(), language.code(), clock.instant())));
        if (!user.hasPassword()) {
            user.setPasswordHash(encoder.encode(password));
        }
        return user;
    }
}
