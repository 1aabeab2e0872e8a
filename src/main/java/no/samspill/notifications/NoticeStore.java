package no.samspill.notifications;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a notice as one row per recipient, leaving out the actor; a repeated dedupe key is a no-op. The rows that
 * are new go on to {@link ImmediateMails} in the same transaction (a repeated event mails nobody again).
 */
@Component
class NoticeStore implements Notifier {

    /** Args are joined with the ASCII unit separator, which no text field accepts. */
    static final String ARG_SEPARATOR = "\u001F";

    private final JdbcTemplate jdbc;
    private final ImmediateMails immediateMails;

    NoticeStore(JdbcTemplate jdbc, ImmediateMails immediateMails) {
        this.jdbc = jdbc;
        this.immediateMails = immediateMails;
    }

    @Override
    @Transactional
    public void post(Notice notice) {
        String args = String.join(ARG_SEPARATOR, notice.args());
        Timestamp at = Timestamp.from(notice.occurredAt());
        Map<Long, String> keys = new LinkedHashMap<>();
        for (long recipient : notice.recipients().stream().sorted().toList()) {
            if (notice.actorUserId() == null || recipient != notice.actorUserId()) {
                keys.put(recipient, dedupeKey(recipient, notice));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        // the driver reports a duplicate as a "found" row, so the rows already there are looked up first
        Set<String> existing = new HashSet<>(new NamedParameterJdbcTemplate(jdbc).queryForList(
                "select dedupe_key from notice where dedupe_key in (:keys)",
                new MapSqlParameterSource("keys", keys.values()), String.class));
        Map<Long, NewNotice> inserted = new LinkedHashMap<>();
        // one insert per recipient (a handful per notice), so each gives its id
        for (var entry : keys.entrySet()) {
            long recipient = entry.getKey();
            String dedupeKey = entry.getValue();
            if (existing.contains(dedupeKey)) {
                continue;
            }
            GeneratedKeyHolder id = new GeneratedKeyHolder();
            int rows = jdbc.update(c -> {
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO notice (recipient_user_id, tenant_id, category, kind, object_type, object_id,
                            route, args, actor_user_id, created_at, dedupe_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE dedupe_key = dedupe_key""", Statement.RETURN_GENERATED_KEYS);
                s.setLong(1, recipient);
                s.setLong(2, notice.tenantId());
                s.setString(3, notice.category().name());
                s.setString(4, notice.kind());
                s.setString(5, notice.objectType());
                s.setLong(6, notice.objectId());
                s.setString(7, notice.route());
                s.setString(8, args);
                if (notice.actorUserId() == null) {
                    s.setNull(9, Types.BIGINT);
                } else {
                    s.setLong(9, notice.actorUserId());
                }
                s.setTimestamp(10, at);
                s.setString(11, dedupeKey);
                return s;
            }, id);
            // a concurrent post of the same notice may have won the race: then no new id comes back
            if (rows == 1 && id.getKey() != null && id.getKey().longValue() > 0) {
                inserted.put(recipient, new NewNotice(id.getKey().longValue(), dedupeKey));
            }
        }
        immediateMails.deliver(notice, inserted);
    }

    static String dedupeKey(long recipient, Notice notice) {
        String key = recipient + ":" + notice.kind() + ":" + notice.objectType() + ":" + notice.objectId() + ":"
                + notice.period();
        return key.length() > 250 ? key.substring(0, 250) : key;
    }

    /** A row just stored: its id, and its dedupe key (which also keys its mail, so a raced duplicate mails once). */
    record NewNotice(long id, String dedupeKey) {
    }
}
