package no.samspill.impartiality;

import java.time.Clock;
import java.util.List;
import no.samspill.impartiality.domain.Declaration;
import no.samspill.impartiality.domain.DeclarationRepository;
import no.samspill.impartiality.domain.ProjectSupplier;
import no.samspill.impartiality.domain.RegisterRepository;
import no.samspill.impartiality.domain.SupplierRepository;
import no.samspill.marketdialogue.DialogueEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The suppliers taking part in a project's dialogues, as this module knows them. It listens in the dialogue's own
 * transaction (not after the commit): the moment a supplier is invited or joins, every signed declaration of the
 * project lacks an answer for it, so the gate shuts for that person with no window in between. The declarers are
 * told afterwards, through an event that notifications turns into notices.
 */
@Component
class SupplierBook {

    private final SupplierRepository suppliers;
    private final RegisterRepository registers;
    private final DeclarationRepository declarations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierBook(SupplierRepository suppliers, RegisterRepository registers, DeclarationRepository declarations,
            ApplicationEventPublisher events, Clock clock) {
        this.suppliers = suppliers;
        this.registers = registers;
        this.declarations = declarations;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(DialogueEvents.SupplierJoined e) {
        if (!add(e.projectId(), e.supplierTenantId(), e.supplierName())) {
            return;
        }
        registers.findByProjectId(e.projectId()).ifPresent(register -> {
            List<Long> signed = declarations.findByProjectIdOrderByUserName(e.projectId()).stream()
                    .filter(Declaration::isSigned).map(Declaration::getUserId).toList();
            if (!signed.isEmpty()) {
                events.publishEvent(new ImpartialityEvents.DeclarationsIncomplete(e.tenantId(), e.projectId(),
                        "", signed, e.supplierTenantId(), clock.instant()));
            }
        });
    }

    /** Adds the supplier unless it is there; true when it was new. */
    boolean add(long projectId, long supplierTenantId, String name) {
        if (suppliers.existsByProjectIdAndSupplierTenantId(projectId, supplierTenantId)) {
            return false;
        }
        suppliers.save(new ProjectSupplier(projectId, supplierTenantId, name, clock.instant()));
        RequestClearances.forgetProject(projectId);
        return true;
    }
}
