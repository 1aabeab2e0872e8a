package no.samspill.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.identity.AccountLinkIssued;
import no.samspill.identity.MembershipOffered;
import no.samspill.platform.i18n.Language;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invitations, offers of a membership and password resets, mailed to the address they are for and nowhere else.
 * A plain (synchronous) listener on purpose: the mail is queued in the transaction that issued the link, so the
 * mail exists exactly when the link does, and the link never waits in the event publication table.
 */
@Component
class AccountMails {

    static final String CATEGORY = "account";

    private final MailOutbox outbox;
    private final Clock clock;

    AccountMails(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(AccountLinkIssued event) {
        Language language = Language.ofCode(event.languageCode()).orElse(Language.DEFAULT);
        String key = switch (event.kind()) {
            case INVITATION -> "mail.invitation";
            case PLATFORM_ADMIN -> "mail.platform-admin";
            case RESET -> "mail.reset";
        };
        List<Object> body = switch (event.kind()) {
            case INVITATION -> List.of(event.displayName(), event.inviterName(), event.tenantName(), event.link(),
                    days(event.expiresAt()));
            case PLATFORM_ADMIN -> List.of(event.displayName(), event.inviterName(), event.link(),
                    days(event.expiresAt()));
            case RESET -> List.of(event.displayName(), event.link());
        };
        outbox.enqueue(new OutgoingMail(event.email(), language, key + ".subject", List.of(event.tenantName()),
                key + ".body", body, event.tenantName(), event.inviterEmail(),
                CATEGORY + ":" + event.kind().name().toLowerCase() + ":" + event.tokenId(), CATEGORY));
    }

    @EventListener
    void on(MembershipOffered event) {
        Language language = Language.ofCode(event.languageCode()).orElse(Language.DEFAULT);
        outbox.enqueue(new OutgoingMail(event.email(), language, "mail.offer.subject", List.of(event.tenantName()),
                "mail.offer.body", List.of(event.displayName(), event.inviterName(), event.tenantName(),
                        event.link()),
                event.tenantName(), event.inviterEmail(),
                CATEGORY + ":offer:" + event.membershipId() + ":" + event.offeredAt().toEpochMilli(), CATEGORY));
    }

    /** The validity in whole days, as the mail states it (an invitation lives 7 days). */
    private long days(Instant expiresAt) {
        return Math.max(1, Math.round(Duration.between(clock.instant(), expiresAt).toHours() / 24.0));
    }
}
