package no.samspill.marketdialogue;

import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Component;

/**
 * Guards what the buyer publishes to all participants: a text that names a participating supplier is refused,
 * since publishing must never reveal who asked, who met the buyer, or who takes part. A supplier is named as a
 * reader would recognise it, see {@link SupplierNameMatch}.
 */
@Component
class Anonymity {

    private final ParticipantRepository participants;
    private final TenantDirectory tenants;

    Anonymity(ParticipantRepository participants, TenantDirectory tenants) {
        this.participants = participants;
        this.tenants = tenants;
    }

    void requireNoSupplierNamed(long dialogueId, String... texts) {
        var ids = participants.findByDialogueId(dialogueId).stream().map(DialogueParticipant::getSupplierTenantId)
                .toList();
        for (TenantSummary supplier : tenants.summariesOf(ids).values()) {
            SupplierNameMatch name = SupplierNameMatch.of(supplier.name());
            for (String text : texts) {
                if (name.foundIn(text)) {
                    throw new ValidationException("publish.error.names-supplier", supplier.name());
                }
            }
        }
    }
}
