package no.samspill.notifications;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.samspill.identity.MailAddress;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.security.MembershipDirectory;
import no.samspill.platform.security.TenantGrant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static no.samspill.platform.Lookups.present;

/**
 * The daily digest: once a day, at a set local time (default 07:00) in the user's zone, one mail per user with
 * every notice still unread and not yet mailed in the categories they get by digest. The zone is that of the
 * tenant of the user's first active membership (by tenant name, as the access policy lists them). A day's digest
 * is recorded in notice_digest, sent or not, so a user gets at most one a day, also with several nodes.
 */
@Component
class DigestJob {

    static final String LOCK = "notice-digest";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final NoticePreferences preferences;
    private final MembershipDirectory memberships;
    private final PeopleDirectory people;
    private final MailOutbox outbox;
    private final DigestListing listing;
    private final NoticeMails mails;
    private final Clock clock;
    private final LocalTime at;
    private final Duration window;

    DigestJob(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, NoticePreferences preferences,
            MembershipDirectory memberships, PeopleDirectory people, MailOutbox outbox, DigestListing listing,
            NoticeMails mails, Clock clock, @Value("${samspill.notices.digest-time:07:00}") LocalTime at,
            @Value("${samspill.notices.digest-window:PT2H}") Duration window) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = new TransactionTemplate(transactionManager);
        this.preferences = preferences;
        this.memberships = memberships;
        this.people = people;
        this.outbox = outbox;
        this.listing = listing;
        this.mails = mails;
        this.clock = clock;
        this.at = at;
        this.window = window;
    }

    @Scheduled(cron = "${samspill.notices.digest-cron:0 */10 * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void onSchedule() {
        run(clock.instant());
    }

    /**
     * One run at {@code now}: every user with undelivered notices whose local time is within the window after the
     * digest time, and whose digest for that day is not done yet.
     *
     * @return how many digests were queued
     */
    int run(Instant now) {
        Map<Long, Set<NoticeCategory>> pending = new TreeMap<>();
        jdbc.query("""
                select distinct recipient_user_id, category from notice
                where mailed_at is null and read_at is null and created_at <= :now""",
                new MapSqlParameterSource("now", Timestamp.from(now)), rs -> {
                    try {
                        pending.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(NoticeCategory.class))
                                .add(NoticeCategory.valueOf(rs.getString(2)));
                    } catch (IllegalArgumentException e) {
                        // a category this version does not know is never mailed
                    }
                });
        int queued = 0;
        Map<Long, Map<NoticeCategory, NoticeDelivery>> choices = preferences.of(pending.keySet());
        for (var user : pending.entrySet()) {
            Set<NoticeCategory> digestCategories = EnumSet.noneOf(NoticeCategory.class);
            present(choices, user.getKey()).forEach((c, d) -> {
                if (d == NoticeDelivery.DIGEST) {
                    digestCategories.add(c);
                }
            });
            digestCategories.retainAll(user.getValue());
            if (!digestCategories.isEmpty() && digestFor(user.getKey(), digestCategories, now)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean digestFor(long userId, Set<NoticeCategory> categories, Instant now) {
        List<TenantGrant> grants = memberships.activeGrants(userId);
        if (grants.isEmpty()) {
            return false;
        }
        TenantGrant home = grants.getFirst();
        ZonedDateTime local = now.atZone(home.zone());
        LocalDate day = local.toLocalDate();
        ZonedDateTime from = day.atTime(at).atZone(home.zone());
        if (local.isBefore(from) || !local.isBefore(from.plus(window))) {
            return false;
        }
        Boolean sent = transactions.execute(s -> {
            int claimed = jdbc.update("""
                    INSERT IGNORE INTO notice_digest (user_id, digest_date, done_at) VALUES (:user, :day, :now)""",
                    new MapSqlParameterSource("user", userId).addValue("day", Date.valueOf(day))
                            .addValue("now", Timestamp.from(now)));
            if (claimed == 0) {
                return false;
            }
            MailAddress to = people.mailAddresses(List.of(userId)).get(userId);
            if (to == null || !to.active()) {
                return false;
            }
            List<DigestListing.Item> items = jdbc.query("""
                    select id, tenant_id, kind, object_type, object_id, route, args from notice
                    where recipient_user_id = :user and mailed_at is null and read_at is null
                      and created_at <= :now and category in (:categories)
                    order by tenant_id, object_type, object_id, created_at, id""",
                    new MapSqlParameterSource("user", userId).addValue("now", Timestamp.from(now))
                            .addValue("categories", categories.stream().map(Enum::name).toList()),
                    (rs, i) -> new DigestListing.Item(rs.getLong("id"), rs.getLong("tenant_id"),
                            rs.getString("kind"), rs.getString("object_type") + ":" + rs.getLong("object_id"),
                            rs.getString("route"), NoticeCentre.splitArgs(rs.getString("args"))));
            if (items.isEmpty()) {
                return false;
            }
            outbox.enqueue(mails.digest(to, day.toString(), items.size(),
                    listing.render(items, NoticeMails.language(to)), home.tenantName()));
            List<Long> ids = new ArrayList<>(items.stream().map(DigestListing.Item::id).toList());
            jdbc.update("update notice set mailed_at = :now where id in (:ids)",
                    new MapSqlParameterSource("now", Timestamp.from(now)).addValue("ids", ids));
            return true;
        });
        return Boolean.TRUE.equals(sent);
    }
}
