package no.samspill.marketdialogue;

import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Component;

/** Participants' supplier names, by participant id. For buyer-side views only: suppliers never get this. */
@Component
class SupplierNames {

    private final ParticipantRepository participants;
    private final TenantDirectory tenants;

    SupplierNames(ParticipantRepository participants, TenantDirectory tenants) {
        this.participants = participants;
        this.tenants = tenants;
    }

    Map<Long, String> byParticipant(long dialogueId) {
        Map<Long, Long> tenantOf = participants.findByDialogueId(dialogueId).stream()
                .collect(Collectors.toMap(DialogueParticipant::id, DialogueParticipant::getSupplierTenantId));
        Map<Long, String> names = tenants.summariesOf(tenantOf.values()).values().stream()
                .collect(Collectors.toMap(TenantSummary::id, TenantSummary::name));
        return tenantOf.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> names.getOrDefault(e.getValue(), "?")));
    }
}
