package no.samspill.marketdialogue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.ImpartialityGate;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may see a dialogue, decided once for every dialogue service. The buyer side is the owning tenant's
 * procurement leads and admins. The supplier side is a supplier user whose tenant was invited, or any supplier
 * for an open dialogue, and only after publication. Everyone else gets "not found".
 */
@Component
class DialogueAccess {

    private final AccessPolicy access;
    private final DialogueRepository dialogues;
    private final ParticipantRepository participants;
    private final ImpartialityGate gate;

    DialogueAccess(AccessPolicy access, DialogueRepository dialogues, ParticipantRepository participants,
            ImpartialityGate gate) {
        this.access = access;
        this.dialogues = dialogues;
        this.participants = participants;
        this.gate = gate;
    }

    /**
     * The dialogue for its owning buyer, when what follows is the suppliers' confidential material (answers, the
     * matrix, questions, minutes, files): the project's impartiality gate is asked too, and names the participants
     * whose material this person must not see.
     */
    Confidential asBuyerConfidential(long dialogueId) {
        MarketDialogue d = asBuyer(dialogueId);
        Set<Long> hiddenSuppliers = gate.requireCleared(d.getProjectId());
        Set<Long> hidden = hiddenSuppliers.isEmpty() ? Set.of() : participants.findByDialogueId(dialogueId).stream()
                .filter(p -> hiddenSuppliers.contains(p.getSupplierTenantId())).map(DialogueParticipant::id)
                .collect(Collectors.toSet());
        return new Confidential(d, hidden, hiddenSuppliers);
    }

    /** A dialogue and the participants (and their supplier tenants) whose material the reader must not see. */
    record Confidential(MarketDialogue dialogue, Set<Long> hiddenParticipants, Set<Long> hiddenSuppliers) {

        boolean hides(@org.jspecify.annotations.Nullable Long participantId) {
            return participantId != null && hiddenParticipants.contains(participantId);
        }
    }

    /** The active tenant, when it is a buyer and the user leads procurements or administers it there. */
    long buyerTenant() {
        return access.requireBuyer(Roles.LEADS);
    }

    /**
     * The dialogue, for its owning buyer. Anyone else gets "not found", as for a missing id, except a supplier who
     * takes part in it: they know it exists, so the buyer's side of it is plainly forbidden to them.
     */
    MarketDialogue asBuyer(long dialogueId) {
        CurrentUser me = access.current();
        if (!isBuyer(me)) {
            if (me.hasAnyRole(Role.SUPPLIER_USER) && supplierSees(dialogueId, me.tenantId())) {
                throw new ForbiddenException();
            }
            throw new NotFoundException();
        }
        return dialogues.findByIdAndTenantId(dialogueId, me.tenantId()).orElseThrow(NotFoundException::new);
    }

    private boolean isBuyer(CurrentUser me) {
        return me.hasAnyRole(Roles.LEADS) && me.isBuyer();
    }

    private boolean supplierSees(long dialogueId, long supplierTenantId) {
        return dialogues.findById(dialogueId).filter(MarketDialogue::isPublished)
                .filter(d -> d.getAccessMode() != AccessMode.INVITED || participants
                        .findByDialogueIdAndSupplierTenantId(dialogueId, supplierTenantId)
                        .map(DialogueParticipant::isInvited).orElse(false))
                .isPresent();
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
        CurrentUser me = access.current();
        if (!me.hasAnyRole(Role.SUPPLIER_USER)) {
            // the owning buyer knows the dialogue; for anyone else it does not exist
            if (isBuyer(me) && dialogues.findByIdAndTenantId(dialogueId, me.tenantId()).isPresent()) {
                throw new ForbiddenException();
            }
            throw new NotFoundException();
        }
        long tenantId = me.tenantId();
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
