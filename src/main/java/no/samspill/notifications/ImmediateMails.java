package no.samspill.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.identity.MailAddress;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.security.MembershipDirectory;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static no.samspill.platform.Lookups.present;

/**
 * Mails new notice rows at once to the recipients who chose so for the category, in the transaction that stored
 * the notices: the mail exists exactly when the notice does. A few queries per notice, whatever the recipients.
 */
@Component
class ImmediateMails {

    private final NoticePreferences preferences;
    private final PeopleDirectory people;
    private final MembershipDirectory memberships;
    private final TenantDirectory tenants;
    private final MailOutbox outbox;
    private final NoticeMails mails;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ImmediateMails(NoticePreferences preferences, PeopleDirectory people, MembershipDirectory memberships,
            TenantDirectory tenants, MailOutbox outbox, NoticeMails mails, JdbcTemplate jdbc, Clock clock) {
        this.preferences = preferences;
        this.people = people;
        this.memberships = memberships;
        this.tenants = tenants;
        this.outbox = outbox;
        this.mails = mails;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /** @param inserted recipient user id to the notice row just stored for them */
    @Transactional(propagation = Propagation.MANDATORY)
    void deliver(Notice notice, Map<Long, NoticeStore.NewNotice> inserted) {
        if (inserted.isEmpty()) {
            return;
        }
        List<Long> immediate = preferences.of(inserted.keySet()).entrySet().stream()
                .filter(e -> e.getValue().get(notice.category()) == NoticeDelivery.IMMEDIATE)
                .map(Map.Entry::getKey).sorted().toList();
        if (immediate.isEmpty()) {
            return;
        }
        Map<Long, MailAddress> addresses = people.mailAddresses(immediate);
        String tenantName = tenants.tenant(notice.tenantId()).map(TenantSummary::name).orElse("");
        List<Long> mailed = new ArrayList<>();
        for (long recipient : immediate) {
            MailAddress to = addresses.get(recipient);
            // a deactivated account, or one left without any active membership, cannot open what the mail is about
            if (to == null || !to.active() || memberships.activeGrants(recipient).isEmpty()) {
                continue;
            }
            NoticeStore.NewNotice row = present(inserted, recipient);
            outbox.enqueue(mails.immediate(row.dedupeKey(), notice, to, tenantName));
            mailed.add(row.id());
        }
        if (!mailed.isEmpty()) {
            jdbc.update("update notice set mailed_at = :at where id in (:ids)", new MapSqlParameterSource()
                    .addValue("at", Timestamp.from(clock.instant())).addValue("ids", mailed));
        }
    }
}
