package no.samspill.marketdialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a market dialogue, for the modules that listen (notifications). Each event names the dialogue's
 * buyer tenant and the supplier tenants that may read what it is about (the participants, or the one supplier of a
 * meeting); the listener tells those tenants' users. They carry only what every one of those readers may see: never
 * which supplier asked, answered or booked, except to that supplier and the buyer.
 */
public final class DialogueEvents {

    private DialogueEvents() {
    }

    /** Suppliers were invited to a published dialogue (at publication, or later). */
    public record SuppliersInvited(long tenantId, long dialogueId, String title, List<Long> supplierTenantIds,
            @Nullable Long actorUserId, Instant occurredAt) {

        public SuppliersInvited {
            supplierTenantIds = List.copyOf(supplierTenantIds);
        }
    }

    /** A question and its answer were published to all participants, under a number. */
    public record ClarificationPublished(long tenantId, long dialogueId, String title, int number,
            List<Long> supplierTenantIds, @Nullable Long actorUserId, Instant occurredAt) {

        public ClarificationPublished {
            supplierTenantIds = List.copyOf(supplierTenantIds);
        }
    }

    /** The deadline was moved later for everyone; {@code deadline} as shown in the buyer's zone. */
    public record DeadlineExtended(long tenantId, long dialogueId, String title, String deadline,
            List<Long> supplierTenantIds, @Nullable Long actorUserId, Instant occurredAt) {

        public DeadlineExtended {
            supplierTenantIds = List.copyOf(supplierTenantIds);
        }
    }

    /** The questionnaire of a published dialogue changed, to the given version. */
    public record QuestionnaireChanged(long tenantId, long dialogueId, String title, int questionnaireVersion,
            List<Long> supplierTenantIds, @Nullable Long actorUserId, Instant occurredAt) {

        public QuestionnaireChanged {
            supplierTenantIds = List.copyOf(supplierTenantIds);
        }
    }

    /**
     * A supplier submitted its response: for the user who submitted it only, as a receipt. {@code zoneId} is the
     * buyer's zone, in which the deadline is set and the receipt's time is written; {@code answered} lists the
     * numbers of the questions answered.
     */
    public record ResponseSubmitted(long tenantId, long dialogueId, String title, long supplierTenantId,
            String reference, Instant submittedAt, String zoneId, List<String> answered, int questionCount,
            long actorUserId, Instant occurredAt) {

        public ResponseSubmitted {
            answered = List.copyOf(answered);
        }
    }

    /** A supplier booked a 1:1 meeting: for the buyer and that supplier only. */
    public record MeetingBooked(long tenantId, long dialogueId, String title, long slotId, String startsAt,
            long supplierTenantId, @Nullable Long actorUserId, Instant occurredAt) {
    }

    /** A supplier gave its booked 1:1 meeting back: for the buyer and that supplier only. */
    public record MeetingCancelled(long tenantId, long dialogueId, String title, long slotId, String startsAt,
            long supplierTenantId, @Nullable Long actorUserId, Instant occurredAt) {
    }

    /** Redacted minutes of a 1:1 meeting were published to all participants. */
    public record MinutesPublished(long tenantId, long dialogueId, String title, long slotId,
            List<Long> supplierTenantIds, @Nullable Long actorUserId, Instant occurredAt) {

        public MinutesPublished {
            supplierTenantIds = List.copyOf(supplierTenantIds);
        }
    }

    /**
     * A reminder step (T-7, T-2, T-0) of the deadline was reached; {@code supplierTenantIds} are the participants
     * that had not submitted when the job ran. Every one of them gets the same text.
     */
    public record DeadlineStepReached(long tenantId, long dialogueId, String title, String step,
            LocalDate deadlineDate, String deadline, List<Long> supplierTenantIds, Instant occurredAt) {

        public DeadlineStepReached {
            supplierTenantIds = List.copyOf(supplierTenantIds);
        }
    }

    /**
     * A supplier tenant takes part in a dialogue of a project from now on (invited, or joined an open one). For the
     * buyer side only (the impartiality declarations of the project); never told to other suppliers.
     */
    public record SupplierJoined(long tenantId, long projectId, long dialogueId, long supplierTenantId,
            String supplierName, Instant occurredAt) {
    }
}
