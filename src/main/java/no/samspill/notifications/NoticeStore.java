package no.samspill.notifications;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a notice as one row per recipient, leaving out the actor; a repeated dedupe key is a no-op. */
@Component
class NoticeStore implements Notifier {

    /** Args are joined with the ASCII unit separator, which no text field accepts. */
    static final String ARG_SEPARATOR = "\u001F";

    private final JdbcTemplate jdbc;

    NoticeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void post(Notice notice) {
        List<Object[]> rows = new ArrayList<>();
        String args = String.join(ARG_SEPARATOR, notice.args());
        Timestamp at = Timestamp.from(notice.occurredAt());
        for (long recipient : notice.recipients().stream().sorted().toList()) {
            if (notice.actorUserId() != null && recipient == notice.actorUserId()) {
                continue;
            }
            String key = recipient + ":" + notice.kind() + ":" + notice.objectType() + ":" + notice.objectId() + ":"
                    + notice.period();
            rows.add(new Object[] {recipient, notice.tenantId(), notice.category().name(), notice.kind(),
                    notice.objectType(), notice.objectId(), notice.route(), args, notice.actorUserId(), at,
                    key.length() > 250 ? key.substring(0, 250) : key});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO notice (recipient_user_id, tenant_id, category, kind, object_type, object_id, route,
                        args, actor_user_id, created_at, dedupe_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE dedupe_key = dedupe_key""", rows);
        }
    }
}
