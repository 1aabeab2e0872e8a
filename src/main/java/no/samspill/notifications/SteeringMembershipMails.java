package no.samspill.notifications;

import no.samspill.steeringgroup.SteeringRoutes;
import java.util.List;
import java.util.Map;
import no.samspill.identity.MailAddress;
import no.samspill.identity.PeopleDirectory;
import no.samspill.steeringgroup.SteeringMembershipChanged;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Members of a steering group read its exempt papers, so its chairs are told by mail whenever someone joins or
 * leaves, unless they made the change themselves or it is their own. A plain (synchronous) listener on purpose: the mail is queued in
 * the transaction that changed the membership, so it exists exactly when the change does, and survives a crash.
 */
@Component
class SteeringMembershipMails {

    static final String CATEGORY = "steering-membership";

    private final MailOutbox outbox;
    private final PeopleDirectory people;
    private final TenantDirectory tenants;
    private final NoticeMails mails;

    SteeringMembershipMails(MailOutbox outbox, PeopleDirectory people, TenantDirectory tenants, NoticeMails mails) {
        this.outbox = outbox;
        this.people = people;
        this.tenants = tenants;
        this.mails = mails;
    }

    @EventListener
    void on(SteeringMembershipChanged event) {
        // not to whoever made the change, nor to a chair about their own joining or leaving
        List<Long> chairs = event.chairUserIds().stream()
                .filter(id -> !id.equals(event.actorUserId()) && id != event.memberUserId()).toList();
        if (chairs.isEmpty()) {
            return;
        }
        Map<Long, MailAddress> addresses = people.mailAddresses(chairs);
        String member = people.names(List.of(event.memberUserId())).getOrDefault(event.memberUserId(), "");
        String link = mails.link(SteeringRoutes.group(event.groupId()));
        String kind = event.change().name();
        // the footer names the group's tenant, so the chair knows on whose behalf the portal writes
        String tenantName = tenants.tenant(event.tenantId()).map(TenantSummary::name).orElse("");
        for (long chair : chairs) {
            MailAddress to = addresses.get(chair);
            if (to == null || !to.active()) {
                continue;
            }
            outbox.enqueue(new OutgoingMail(to.email(), NoticeMails.language(to),
                    "mail.steering-member." + kind + ".subject", List.of(event.groupName()),
                    "mail.steering-member." + kind + ".body",
                    List.of(to.displayName(), member, event.groupName(), event.actorName(), link),
                    tenantName, null,
                    CATEGORY + ":" + chair + ":" + event.groupId() + ":" + event.memberUserId() + ":" + kind + ":"
                            + event.occurredAt().toEpochMilli(),
                    CATEGORY));
        }
    }
}
