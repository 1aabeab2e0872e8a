package no.samspill.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

import org.awaitility.Awaitility;

/**
 * Reads the notice rows the notifications module wrote. Its listeners run after the commit (and may run on another
 * thread), so a test waits for the rows of a kind and object, then asserts on all of them: one event's notices are
 * stored in one transaction, so once one is there, all are.
 */
public final class NoticeRows {

    public record Row(long recipient, String kind, String route, List<String> args, String dedupeKey) {
    }

    private NoticeRows() {
    }

    public static List<Row> await(JdbcTemplate jdbc, String kind, long objectId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> !of(jdbc, kind, objectId).isEmpty());
        return of(jdbc, kind, objectId);
    }

    public static List<Row> of(JdbcTemplate jdbc, String kind, long objectId) {
        return jdbc.query("select recipient_user_id, kind, route, args, dedupe_key from notice where kind = ?"
                        + " and object_id = ? order by id", (rs, i) -> new Row(rs.getLong(1), rs.getString(2),
                        rs.getString(3), List.of(rs.getString(4).split("\u001F", -1)), rs.getString(5)),
                kind, objectId);
    }

    /** Waits until no event publication is left incomplete, so that a test may assert that nothing was posted. */
    public static void settle(JdbcTemplate jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null", Integer.class) == 0);
    }

    public static Set<Long> recipients(List<Row> rows) {
        return rows.stream().map(Row::recipient).collect(Collectors.toSet());
    }

    public static Map<Long, Row> byRecipient(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(Row::recipient, r -> r));
    }

    public static long userId(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
