package no.samspill.marketdialogue;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A dialogue in a supplier's list: whose, until when, and how far the supplier's own response has come. */
public record SupplierDialogueRow(long dialogueId, String title, String buyerName, Instant deadline, ZoneId buyerZone,
        boolean open, AccessMode accessMode, @Nullable ParticipantStatus status) {
}
