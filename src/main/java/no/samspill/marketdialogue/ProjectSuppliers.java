package no.samspill.marketdialogue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.tenancy.TenantDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier tenants taking part in any dialogue of a project (invited or joined), for the buyer's impartiality
 * declarations: buyer side only, never shown to a supplier. The caller has already checked that the user may read
 * the project, as with {@code ProjectFacts}; later arrivals come as {@link DialogueEvents.SupplierJoined}.
 */
@Component
public class ProjectSuppliers {

    private final DialogueRepository dialogues;
    private final ParticipantRepository participants;
    private final TenantDirectory tenants;

    ProjectSuppliers(DialogueRepository dialogues, ParticipantRepository participants, TenantDirectory tenants) {
        this.dialogues = dialogues;
        this.participants = participants;
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    public List<SupplierRef> of(long projectId) {
        Set<Long> ids = dialogues.findByProjectIdOrderByCreatedAtAsc(projectId).stream().map(MarketDialogue::id)
                .flatMap(d -> participants.findByDialogueId(d).stream()).map(DialogueParticipant::getSupplierTenantId)
                .collect(Collectors.toSet());
        return tenants.summariesOf(ids).values().stream().map(t -> new SupplierRef(t.id(), t.name()))
                .sorted(Comparator.comparing(SupplierRef::name)).toList();
    }
}
