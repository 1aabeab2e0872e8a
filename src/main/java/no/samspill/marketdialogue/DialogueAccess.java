package no.samspill.marketdialogue;

import java.util.Optional;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Role;
import no.samspill.tenancy.TenantDirectory;
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
    private final TenantDirectory tenants;

    DialogueAccess(AccessPolicy access, DialogueRepository dialogues, ParticipantRepository participants,
            TenantDirectory tenants) {
        this.access = access;
        this.tenants = tenants;
        this.dialogues = dialogues;
        this.participants = participants;
    }

    /** The active tenant, when it is a buyer and the user leads procurements or administers it there. */
    long buyerTenant() {
        long tenantId = access.requireAnyRole(BUYER);
        // a supplier's tenant admin holds TENANT_ADMIN too, but is no buyer
        if (!tenants.tenant(tenantId).map(t -> t.kind().isBuyer()).orElse(false)) {
            throw new ForbiddenException();
        }
        return tenantId;
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
        return asSupplier(dialogueId, false);
    }

    /**
     * As {@link #asSupplier(long)}, with the tenant's participation row locked until the transaction ends: saves,
     * uploads, submit and reopen of one response then happen one after the other, so nothing changes a response
     * after it was submitted.
     */
    SupplierView asSupplierForUpdate(long dialogueId) {
        return asSupplier(dialogueId, true);
    }

    private SupplierView asSupplier(long dialogueId, boolean lock) {
        long tenantId = supplierTenant();
        MarketDialogue dialogue = dialogues.findById(dialogueId).filter(MarketDialogue::isPublished)
                .orElseThrow(NotFoundException::new);
        Optional<DialogueParticipant> participant = lock
                ? participants.lockByDialogueAndSupplier(dialogueId, tenantId)
                : participants.findByDialogueIdAndSupplierTenantId(dialogueId, tenantId);
        boolean invited = participant.map(DialogueParticipant::isInvited).orElse(false);
        if (dialogue.getAccessMode() == AccessMode.INVITED && !invited) {
            throw new NotFoundException();
        }
        return new SupplierView(dialogue, tenantId, participant);
    }

    String actorName() {
        return access.current().actorName();
    }
}
