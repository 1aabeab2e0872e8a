package no.samspill.notifications;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A notice as its recipient sees it in the notification centre; the text is {@code notice.<kind>} with args. */
public record NoticeRow(long id, NoticeCategory category, String kind, List<String> args, String route,
        String tenantName, Instant createdAt, @Nullable Instant readAt) {

    public NoticeRow {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "notice." + kind;
    }

    public boolean unread() {
        return readAt == null;
    }
}
