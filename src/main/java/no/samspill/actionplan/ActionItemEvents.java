package no.samspill.actionplan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an action item, for the modules that listen (notifications): only when its responsible is a
 * user of the plan's tenant who may read the plan (the responsible field is free text, matched by e-mail or name).
 */
public final class ActionItemEvents {

    private ActionItemEvents() {
    }

    /** The item was given to a (new) responsible. */
    public record Assigned(long tenantId, long planId, long itemId, String number, String title,
            long responsibleUserId, @Nullable Long actorUserId, Instant occurredAt) {
    }

    /**
     * The item is not done and its expected month ({@code yyyy-MM}) is ending ({@code overdue} false) or has passed
     * (true), as the reminder job found it.
     */
    public record MonthEndReached(long tenantId, long planId, long itemId, String number, String title, String expectedMonth,
            long responsibleUserId, boolean overdue, Instant occurredAt) {
    }
}
