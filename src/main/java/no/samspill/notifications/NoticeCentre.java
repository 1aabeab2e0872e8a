package no.samspill.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.time.TenantTime;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's own notices: the bell's count, the centre's pages, and marking them read. Every query is
 * bound to the user's id, so another user's notice id is simply not found. A notice only points at its object;
 * the object's view checks access again when it is opened.
 */
@Service
public class NoticeCentre {

    public static final int MAX_PAGE = 100;

    private final JdbcTemplate jdbc;
    private final AccessPolicy access;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final TenantTime time;

    NoticeCentre(JdbcTemplate jdbc, AccessPolicy access, TenantDirectory tenants, Clock clock, TenantTime time) {
        this.jdbc = jdbc;
        this.access = access;
        this.tenants = tenants;
        this.clock = clock;
        this.time = time;
    }

    /** One count over the (recipient, read_at) index. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        Long count = jdbc.queryForObject(
                "select count(*) from notice where recipient_user_id = ? and read_at is null", Long.class, me());
        return count == null ? 0 : count;
    }

    /** Newest first, {@code limit} (at most {@value #MAX_PAGE}) from {@code offset}, paged in the database. */
    @Transactional(readOnly = true)
    public List<NoticeRow> page(int offset, int limit) {
        List<Raw> raw = jdbc.query("""
                select id, tenant_id, category, kind, args, route, created_at, read_at from notice
                where recipient_user_id = ? order by created_at desc, id desc limit ? offset ?""",
                (rs, i) -> Raw.of(rs), me(), Math.clamp(limit, 1, MAX_PAGE), Math.max(offset, 0));
        Map<Long, TenantSummary> names = tenants.summariesOf(raw.stream().map(Raw::tenantId).distinct().toList());
        return raw.stream().map(r -> r.row(names)).flatMap(Optional::stream).toList();
    }

    /** Marks one of the user's notices read (again is fine); someone else's id is not found. */
    @Transactional
    public void markRead(long noticeId) {
        long me = me();
        jdbc.update("update notice set read_at = ? where id = ? and recipient_user_id = ? and read_at is null",
                Timestamp.from(clock.instant()), noticeId, me);
        requireOwn(noticeId, me);
    }

    @Transactional
    public int markAllRead() {
        return jdbc.update("update notice set read_at = ? where recipient_user_id = ? and read_at is null",
                Timestamp.from(clock.instant()), me());
    }

    /** Marks the notice read and gives the route of its object, whose view checks access again. */
    @Transactional
    public String open(long noticeId) {
        markRead(noticeId);
        // markRead found the notice (it is the user's), and its route column is NOT NULL
        return Objects.requireNonNull(
                jdbc.queryForObject("select route from notice where id = ?", String.class, noticeId));
    }

    /** The zone of the user's active tenant, in which the centre's days begin. */
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return time.zone();
    }

    private void requireOwn(long noticeId, long me) {
        Integer own = jdbc.queryForObject("select count(*) from notice where id = ? and recipient_user_id = ?",
                Integer.class, noticeId, me);
        if (own == null || own == 0) {
            throw new NotFoundException();
        }
    }

    private long me() {
        CurrentUser user = access.current();
        if (user.userId() == null) {
            throw new ForbiddenException();
        }
        return user.userId();
    }

    private record Raw(long id, long tenantId, String category, String kind, String args, String route,
            Timestamp createdAt, @Nullable Timestamp readAt) {

        static Raw of(ResultSet rs) throws SQLException {
            return new Raw(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("category"), rs.getString("kind"),
                    rs.getString("args"), rs.getString("route"), rs.getTimestamp("created_at"),
                    rs.getTimestamp("read_at"));
        }

        Optional<NoticeRow> row(Map<Long, TenantSummary> tenantNames) {
            NoticeCategory c;
            try {
                c = NoticeCategory.valueOf(category);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            String tenant = tenantNames.containsKey(tenantId) ? tenantNames.get(tenantId).name() : "";
            return Optional.of(new NoticeRow(id, c, kind, splitArgs(args), route, tenant,
                    createdAt.toInstant(), readAt == null ? null : readAt.toInstant()));
        }
    }

    static List<String> splitArgs(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(NoticeStore.ARG_SEPARATOR, -1));
    }
}
