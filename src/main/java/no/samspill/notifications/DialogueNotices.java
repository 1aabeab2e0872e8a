package no.samspill.notifications;

import no.samspill.marketdialogue.DialogueRoutes;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.samspill.identity.PeopleDirectory;
import no.samspill.marketdialogue.DialogueEvents;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notices of market dialogues. The buyer side (the owning tenant's procurement leads and admins) and the supplier
 * side (the supplier users of the tenants the event names) get the same text, each with the route of their own view
 * of the dialogue. No text names a supplier: other suppliers read the same words.
 */
@Component
class DialogueNotices {

    static final String TYPE = "MarketDialogue";

    private final Notifier notifier;
    private final PeopleDirectory people;

    DialogueNotices(Notifier notifier, PeopleDirectory people) {
        this.notifier = notifier;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(DialogueEvents.SuppliersInvited e) {
        toSuppliers("dialogue-invited", e.tenantId(), e.dialogueId(), List.of(e.title()), e.supplierTenantIds(),
                e.actorUserId(), e.occurredAt(), "invited");
    }

    @ApplicationModuleListener
    void on(DialogueEvents.ClarificationPublished e) {
        // "a new answer was published to all participants": the number, never who asked
        List<String> args = List.of(e.title(), String.valueOf(e.number()));
        String period = "qa-" + e.number();
        toBuyers("dialogue-qa-published", e.tenantId(), e.dialogueId(), args, e.actorUserId(), e.occurredAt(), period);
        toSuppliers("dialogue-qa-published", e.tenantId(), e.dialogueId(), args, e.supplierTenantIds(),
                e.actorUserId(), e.occurredAt(), period);
    }

    @ApplicationModuleListener
    void on(DialogueEvents.DeadlineExtended e) {
        List<String> args = List.of(e.title(), e.deadline());
        String period = "deadline-" + e.deadline();
        toBuyers("dialogue-deadline-extended", e.tenantId(), e.dialogueId(), args, e.actorUserId(), e.occurredAt(),
                period);
        toSuppliers("dialogue-deadline-extended", e.tenantId(), e.dialogueId(), args, e.supplierTenantIds(),
                e.actorUserId(), e.occurredAt(), period);
    }

    @ApplicationModuleListener
    void on(DialogueEvents.QuestionnaireChanged e) {
        toSuppliers("dialogue-questionnaire-changed", e.tenantId(), e.dialogueId(),
                List.of(e.title(), String.valueOf(e.questionnaireVersion())), e.supplierTenantIds(), e.actorUserId(),
                e.occurredAt(), "v" + e.questionnaireVersion());
    }

    @ApplicationModuleListener
    void on(DialogueEvents.MeetingBooked e) {
        meeting("dialogue-meeting-booked", e.tenantId(), e.dialogueId(), List.of(e.title(), e.startsAt()),
                e.supplierTenantId(), e.actorUserId(), e.occurredAt(), "slot-" + e.slotId());
    }

    @ApplicationModuleListener
    void on(DialogueEvents.MeetingCancelled e) {
        meeting("dialogue-meeting-cancelled", e.tenantId(), e.dialogueId(), List.of(e.title(), e.startsAt()),
                e.supplierTenantId(), e.actorUserId(), e.occurredAt(), "slot-" + e.slotId());
    }

    /** For the buyer and the one supplier of the meeting: other suppliers are not told who meets the buyer. */
    private void meeting(String kind, long tenantId, long dialogueId, List<String> args, long supplierTenantId,
            @Nullable Long actor, Instant at, String slot) {
        // a slot booked, given back and booked again is news each time
        String period = slot + "-" + at.toEpochMilli();
        toBuyers(kind, tenantId, dialogueId, args, actor, at, period);
        toSuppliers(kind, tenantId, dialogueId, args, List.of(supplierTenantId), actor, at, period);
    }

    @ApplicationModuleListener
    void on(DialogueEvents.MinutesPublished e) {
        toSuppliers("dialogue-minutes-published", e.tenantId(), e.dialogueId(), List.of(e.title()),
                e.supplierTenantIds(), e.actorUserId(), e.occurredAt(), "minutes-" + e.slotId());
    }

    @ApplicationModuleListener
    void on(DialogueEvents.DeadlineStepReached e) {
        // the same kind and args for every supplier that owes a response; the step and date make the dedupe key
        toSuppliers("dialogue-deadline-reminder", e.tenantId(), e.dialogueId(), List.of(e.title(), e.deadline()),
                e.supplierTenantIds(), null, e.occurredAt(), e.step() + " " + e.deadlineDate());
    }

    private void toBuyers(String kind, long tenantId, long dialogueId, List<String> args, @Nullable Long actor,
            Instant at, String period) {
        post(kind, tenantId, dialogueId, DialogueRoutes.dialogue(dialogueId), args,
                people.activeUsersWithRole(tenantId, Roles.LEADS), actor, at, period);
    }

    private void toSuppliers(String kind, long tenantId, long dialogueId, List<String> args,
            Collection<Long> supplierTenantIds, @Nullable Long actor, Instant at, String period) {
        Set<Long> users = new TreeSet<>();
        supplierTenantIds.forEach(t -> users.addAll(people.activeUsersWithRole(t, Role.SUPPLIER_USER)));
        post(kind, tenantId, dialogueId, DialogueRoutes.response(dialogueId), args, users, actor, at, period);
    }

    private void post(String kind, long tenantId, long dialogueId, String route, List<String> args,
            Set<Long> recipients, @Nullable Long actor, Instant at, String period) {
        if (!recipients.isEmpty()) {
            notifier.post(new Notice(NoticeCategory.MARKET_DIALOGUE, kind, tenantId, TYPE, dialogueId, route, args,
                    recipients, actor, at, period));
        }
    }
}
