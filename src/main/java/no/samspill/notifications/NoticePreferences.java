package no.samspill.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.i18n.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static no.samspill.platform.Lookups.present;

/**
 * Each user's choice, per category, of how they hear of notices. A category without a stored choice has its
 * default: what people must react to soon (dialogues, reviews, steering groups) by mail at once, action plans,
 * which move by the month, in the daily digest (docs/decisions/012-notices-and-events.md).
 */
@Service
public class NoticePreferences {

    static final Map<NoticeCategory, NoticeDelivery> DEFAULTS = Map.of(
            NoticeCategory.MARKET_DIALOGUE, NoticeDelivery.IMMEDIATE,
            NoticeCategory.REVIEW, NoticeDelivery.IMMEDIATE,
            NoticeCategory.STEERING_GROUP, NoticeDelivery.IMMEDIATE,
            NoticeCategory.ACTION_PLAN, NoticeDelivery.DIGEST,
            // a declaration opens the door to the material someone is waiting to read
            NoticeCategory.IMPARTIALITY, NoticeDelivery.IMMEDIATE);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    NoticePreferences(JdbcTemplate jdbc, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current user's choices, every category present (defaults filled in). */
    @Transactional(readOnly = true)
    public Map<NoticeCategory, NoticeDelivery> mine() {
        return of(me());
    }

    /** Saves the current user's choices; only the categories whose choice changed are written and audited. */
    @Transactional
    public void saveMine(Map<NoticeCategory, NoticeDelivery> choices) {
        long me = me();
        Map<NoticeCategory, NoticeDelivery> before = of(me);
        choices.forEach((category, delivery) -> {
            if (before.get(category) != delivery) {
                upsert(me, category, delivery);
                audit.record("notice-preference.changed", "NoticePreference", me + ":" + category.name(),
                        FieldChange.of("delivery", before.get(category), delivery));
            }
        });
    }

    /**
     * From a mail's one-click unsubscribe link: nobody is logged in, the link's token named the user. A category
     * mail turns its category to the portal only; the digest's link ({@code category} null) does so for every
     * category that went by digest.
     */
    @Transactional
    void unsubscribe(long userId, @Nullable NoticeCategory category) {
        Map<NoticeCategory, NoticeDelivery> before = of(userId);
        before.forEach((c, delivery) -> {
            boolean hit = category == null ? delivery == NoticeDelivery.DIGEST : c == category;
            if (hit && delivery != NoticeDelivery.PORTAL_ONLY) {
                upsert(userId, c, NoticeDelivery.PORTAL_ONLY);
                audit.recordAs(userId, "unsubscribe-link", null, "notice-preference.unsubscribed",
                        "NoticePreference", userId + ":" + c.name(),
                        FieldChange.of("delivery", delivery, NoticeDelivery.PORTAL_ONLY));
            }
        });
    }

    @Transactional(readOnly = true)
    Map<NoticeCategory, NoticeDelivery> of(long userId) {
        return present(of(List.of(userId)), userId);
    }

    /** The choices of several users in one query; every user given is in the answer. */
    @Transactional(readOnly = true)
    Map<Long, Map<NoticeCategory, NoticeDelivery>> of(Collection<Long> userIds) {
        Map<Long, Map<NoticeCategory, NoticeDelivery>> all = new HashMap<>();
        for (long id : userIds) {
            all.put(id, new EnumMap<>(DEFAULTS));
        }
        if (!userIds.isEmpty()) {
            named.query("select user_id, category, delivery from notice_preference where user_id in (:ids)",
                    new MapSqlParameterSource("ids", userIds), rs -> {
                        parse(rs.getString("category"), rs.getString("delivery"), present(all, rs.getLong("user_id")));
                    });
        }
        return all;
    }

    private static void parse(String category, String delivery, Map<NoticeCategory, NoticeDelivery> into) {
        try {
            into.put(NoticeCategory.valueOf(category), NoticeDelivery.valueOf(delivery));
        } catch (IllegalArgumentException e) {
            // a category or choice this version no longer knows keeps its default
        }
    }

    /** An upsert: two tabs saving at once both succeed, the later choice wins, and each leaves its audit entry. */
    private void upsert(long userId, NoticeCategory category, NoticeDelivery delivery) {
        jdbc.update("""
                INSERT INTO notice_preference (user_id, category, delivery, version, updated_at) VALUES (?, ?, ?, 0, ?)
                ON DUPLICATE KEY UPDATE delivery = VALUES(delivery), version = version + 1,
                    updated_at = VALUES(updated_at)""", userId, category.name(), delivery.name(),
                Timestamp.from(clock.instant()));
    }

    private long me() {
        CurrentUser user = access.current();
        if (user.userId() == null) {
            throw new ForbiddenException();
        }
        return user.userId();
    }
}
