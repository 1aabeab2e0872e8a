package no.samspill.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, for some people. The text is the message key {@code notice.<kind>} with {@link #args},
 * rendered in each recipient's language when shown or mailed; so the args must be what every recipient may read,
 * in the portal and in a mail (never a supplier's name to other suppliers, never an exempt paper's content).
 *
 * @param tenantId    the tenant that owns the object (a dialogue's buyer), which may not be the recipient's
 * @param route       the portal path that shows the object, e.g. "dialogues/12"; that view checks access again
 * @param recipients  user ids; the actor is left out even when listed
 * @param period      makes the dedupe key: the same recipient, kind, object and period give one notice
 */
public record Notice(NoticeCategory category, String kind, long tenantId, String objectType, long objectId,
        String route, List<String> args, Set<Long> recipients, @Nullable Long actorUserId, Instant occurredAt,
        String period) {

    public Notice {
        Objects.requireNonNull(category);
        if (kind.isBlank() || objectType.isBlank() || period.isBlank()) {
            throw new IllegalArgumentException("kind, object type and period are required");
        }
        args = List.copyOf(args);
        recipients = Set.copyOf(recipients);
    }
}
