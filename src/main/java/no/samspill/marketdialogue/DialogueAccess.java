package no.samspill.marketdialogue;

import java.util.Optional;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see a dialogue, decided once for every dialogue service. The buyer side is the owning tenant's
 * procurement leads and admins. The supplier side is a supplier user whose tenant was invited, or any supplier
 * for an open dialogue, and only after publication. Everyone else gets "not found".
 */
@Component
class DialogueAccess {

    static final Role[] BUYER = {Role.TENANT_ADMIN, Role.PROCUREMENT_LEAD};

    private final AccessPolicy access;
    private final DialogueRepository dialogues;
    private final ParticipantRepository participants;

    DialogueAccess(AccessPolicy access, DialogueRepository dialogues, ParticipantRepository participants) {
        this.access = access;
        this.dialogues = dialogues;
        this.participants = participants;
    }

    long buyerTenant() {
        return access.requireAnyRole(BUYER);
    }

    MarketDialogue asBuyer(long dialogueId) {
        long tenantId = buyerTenant();
        return dialogues.findByIdAndTenantId(dialogueId, tenantId).orElseThrow(NotFoundException::new);
    }

    boolean isSupplierUser() {
        return access.isLoggedIn() && access.current().hasAnyRole(Role.SUPPLIER_USER);
    }

    long supplierTenant() {
        return access.requireAnyRole(Role.SUPPLIER_USER);
    }

    record SupplierView(MarketDialogue dialogue, long supplierTenantId, Optional<DialogueParticipant> participant) {
    }

    SupplierView asSupplier(long dialogueId) {
        long tenantId = supplierTenant();
        MarketDialogue dialogue = dialogues.findById(dialogueId).filter(MarketDialogue::isPublished)
                .orElseThrow(NotFoundException::new);
        Optional<DialogueParticipant> participant =
                participants.findByDialogueIdAndSupplierTenantId(dialogueId, tenantId);
        boolean invited = participant.map(DialogueParticipant::isInvited).orElse(false);
        if (dialogue.getAccessMode() == AccessMode.INVITED && !invited) {
            throw new NotFoundException();
        }
        return new SupplierView(dialogue, tenantId, participant);
    }

    String actorName() {
        var me = access.current();
        return me.isSystem() ? "system" : me.displayName();
    }
}
