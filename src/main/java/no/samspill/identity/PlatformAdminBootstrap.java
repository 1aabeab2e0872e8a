package no.samspill.identity;

import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has no platform admin, and only a platform admin can create tenants. With
 * SAMSPILL_BOOTSTRAP_ADMIN_EMAIL set, each start makes sure that account is a platform admin and, while it has
 * no password yet, mails it a fresh one-time link (the previous one stops working), so a lost link is no dead end.
 * The link goes to that address only, never to the log, which more people read than the mailbox.
 */
@Component
class PlatformAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);
    private final PlatformAdminService admins;
    private final String email;

    PlatformAdminBootstrap(PlatformAdminService admins, @Value("${samspill.bootstrap.admin-email:}") String email) {
        this.admins = admins;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        SystemActor.runAs(null, () -> {
            if (!admins.isReadyPlatformAdmin(email)) {
                if (admins.grant(email, email, Language.DEFAULT)) {
                    log.warn("Platform admin {}: a link to set the password was mailed to that address; it works "
                            + "for {} days", email, IdentityRules.INVITATION_VALIDITY.toDays());
                } else {
                    log.warn("Platform admin {} granted; the account already has a password", email);
                }
            }
        });
    }
}
