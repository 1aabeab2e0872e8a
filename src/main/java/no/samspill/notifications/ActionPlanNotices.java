package no.samspill.notifications;

import no.samspill.actionplan.ActionPlanRoutes;
import java.util.List;
import java.util.Set;
import no.samspill.actionplan.ActionItemEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Notices of action items, for the item's responsible (when the plan's module found them to be a user). */
@Component
class ActionPlanNotices {

    static final String TYPE = "ActionItem";

    private final Notifier notifier;

    ActionPlanNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(ActionItemEvents.Assigned e) {
        notifier.post(new Notice(NoticeCategory.ACTION_PLAN, "action-item-assigned", e.tenantId(), TYPE, e.itemId(),
                route(e.itemId()), List.of(e.number(), e.title()), Set.of(e.responsibleUserId()), e.actorUserId(),
                e.occurredAt(), "assigned-" + e.occurredAt().toEpochMilli()));
    }

    @ApplicationModuleListener
    void on(ActionItemEvents.MonthEndReached e) {
        // once per expected month: moving the month on and missing it again is news, a second run is not
        String kind = e.overdue() ? "action-item-overdue" : "action-item-month-ending";
        notifier.post(new Notice(NoticeCategory.ACTION_PLAN, kind, e.tenantId(), TYPE, e.itemId(), route(e.itemId()),
                List.of(e.number(), e.title(), e.expectedMonth()), Set.of(e.responsibleUserId()), null,
                e.occurredAt(), (e.overdue() ? "overdue-" : "month-end-") + e.expectedMonth()));
    }

    private static String route(long itemId) {
        return ActionPlanRoutes.item(itemId);
    }
}
