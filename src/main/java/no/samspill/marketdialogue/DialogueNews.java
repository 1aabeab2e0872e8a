package no.samspill.marketdialogue;

import no.samspill.platform.text.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.tenancy.TenantDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the dialogue's events in the service's transaction (so they are stored with the change), naming the
 * supplier tenants that may read it: its participants, which the services have already checked.
 */
@Component
class DialogueNews {


    private final ApplicationEventPublisher events;
    private final ParticipantRepository participants;
    private final AccessPolicy access;
    private final TenantDirectory tenants;
    private final Clock clock;

    DialogueNews(ApplicationEventPublisher events, ParticipantRepository participants, AccessPolicy access,
            TenantDirectory tenants, Clock clock) {
        this.events = events;
        this.participants = participants;
        this.access = access;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Only a published dialogue is visible to suppliers, so an invitation to a draft is told at publication. */
    void invited(MarketDialogue d, Collection<Long> supplierTenantIds) {
        if (d.isPublished() && !supplierTenantIds.isEmpty()) {
            events.publishEvent(new DialogueEvents.SuppliersInvited(d.getTenantId(), d.id(), d.getTitle(),
                    List.copyOf(supplierTenantIds), actor(), clock.instant()));
        }
    }

    /** A supplier takes part from now on, for the buyer's impartiality declarations (buyer side only). */
    void joined(MarketDialogue d, long supplierTenantId, String supplierName) {
        events.publishEvent(new DialogueEvents.SupplierJoined(d.getTenantId(), d.getProjectId(), d.id(),
                supplierTenantId, supplierName, clock.instant()));
    }

    void clarificationPublished(MarketDialogue d, int number) {
        events.publishEvent(new DialogueEvents.ClarificationPublished(d.getTenantId(), d.id(), d.getTitle(), number,
                participantsOf(d), actor(), clock.instant()));
    }

    void deadlineExtended(MarketDialogue d) {
        if (d.isPublished()) {
            events.publishEvent(new DialogueEvents.DeadlineExtended(d.getTenantId(), d.id(), d.getTitle(),
                    format(d, d.getDeadline()), participantsOf(d), actor(), clock.instant()));
        }
    }

    void questionnaireChanged(MarketDialogue d) {
        if (d.isPublished()) {
            events.publishEvent(new DialogueEvents.QuestionnaireChanged(d.getTenantId(), d.id(), d.getTitle(),
                    d.getQuestionnaireVersion(), participantsOf(d), actor(), clock.instant()));
        }
    }

    void meeting(MarketDialogue d, long slotId, Instant startsAt, long supplierTenantId, boolean cancelled) {
        String when = format(d, startsAt);
        events.publishEvent(cancelled
                ? new DialogueEvents.MeetingCancelled(d.getTenantId(), d.id(), d.getTitle(), slotId, when,
                        supplierTenantId, actor(), clock.instant())
                : new DialogueEvents.MeetingBooked(d.getTenantId(), d.id(), d.getTitle(), slotId, when,
                        supplierTenantId, actor(), clock.instant()));
    }

    /** The receipt goes to whoever submitted; a response is submitted by a logged-in supplier user only. */
    void submitted(MarketDialogue d, SubmissionReceipt r, long supplierTenantId) {
        Long actor = actor();
        if (actor == null) {
            return;
        }
        events.publishEvent(new DialogueEvents.ResponseSubmitted(d.getTenantId(), d.id(), r.dialogueTitle(),
                supplierTenantId, r.reference(), r.submittedAt(), r.zone().getId(),
                r.answered().stream().map(SubmissionReceipt.Answered::number).toList(), r.questionCount(), actor,
                clock.instant()));
    }

    void minutesPublished(MarketDialogue d, long slotId) {
        events.publishEvent(new DialogueEvents.MinutesPublished(d.getTenantId(), d.id(), d.getTitle(), slotId,
                participantsOf(d), actor(), clock.instant()));
    }

    String format(MarketDialogue d, Instant at) {
        return Formats.stamp(at, zone(d.getTenantId()));
    }

    ZoneId zone(long tenantId) {
        return tenants.zoneOf(tenantId);
    }

    private List<Long> participantsOf(MarketDialogue d) {
        return participants.findByDialogueId(d.id()).stream().map(DialogueParticipant::getSupplierTenantId)
                .sorted().toList();
    }

    private @Nullable Long actor() {
        return access.actorId();
    }
}
