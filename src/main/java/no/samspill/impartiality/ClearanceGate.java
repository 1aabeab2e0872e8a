package no.samspill.impartiality;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.impartiality.domain.DeclarationAnswerRepository;
import no.samspill.impartiality.domain.Declaration;
import no.samspill.impartiality.domain.DeclarationAnswer;
import no.samspill.impartiality.domain.DeclarationRepository;
import no.samspill.impartiality.domain.RegisterRepository;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.security.DeclarationRequiredException.Reason;
import no.samspill.platform.security.ImpartialityGate;
import no.samspill.procurement.ProjectRoutes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate every feature asks (docs/decisions/021-the-impartiality-gate.md). Who is gated: anyone acting in a buyer
 * tenant, whatever their role, on a project whose register is open. A supplier and the system are not: suppliers
 * only ever reach their own material. The reading costs at most four small queries per person, project and request.
 */
@Component
class ClearanceGate implements ImpartialityGate {

    private final AccessPolicy access;
    private final RegisterRepository registers;
    private final DeclarationRepository declarations;
    private final DeclarationAnswerRepository answers;

    ClearanceGate(AccessPolicy access, RegisterRepository registers, DeclarationRepository declarations,
            DeclarationAnswerRepository answers) {
        this.access = access;
        this.registers = registers;
        this.declarations = declarations;
        this.answers = answers;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> requireCleared(long projectId) {
        Clearance clearance = clearance(projectId);
        if (clearance.refused() != null) {
            throw refusal(projectId, clearance.refused());
        }
        return clearance.hiddenSuppliers();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeclarationRequiredException> refusal(long projectId) {
        Reason refused = clearance(projectId).refused();
        return refused == null ? Optional.empty() : Optional.of(refusal(projectId, refused));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, DeclarationRequiredException> refusals(Collection<Long> projectIds) {
        CurrentUser me = access.current();
        if (projectIds.isEmpty() || me.isSystem() || !me.isBuyer()) {
            return Map.of();
        }
        Map<Long, DeclarationRequiredException> out = new LinkedHashMap<>();
        // only the projects with a register are gated; the others cost nothing more than this one query
        for (long projectId : new TreeSet<>(registers.openAmong(Set.copyOf(projectIds)))) {
            refusal(projectId).ifPresent(e -> out.put(projectId, e));
        }
        return out;
    }

    private Clearance clearance(long projectId) {
        CurrentUser me = access.current();
        if (me.isSystem() || !me.isBuyer()) {
            return Clearance.OPEN;
        }
        long userId = me.personId();
        return RequestClearances.of(userId, projectId, () -> read(userId, projectId));
    }

    private static DeclarationRequiredException refusal(long projectId, Reason reason) {
        return new DeclarationRequiredException(projectId, reason, reason == Reason.DISQUALIFIED
                ? ProjectRoutes.project(projectId) : ImpartialityRoutes.declaration(projectId));
    }

    Clearance read(long userId, long projectId) {
        if (!registers.existsByProjectId(projectId)) {
            return Clearance.OPEN;
        }
        Optional<Declaration> found = declarations.findByProjectIdAndUserId(projectId, userId);
        if (found.isEmpty() || !found.get().isSigned()) {
            return Clearance.refused(Reason.MISSING);
        }
        Declaration d = found.get();
        if (d.getDecision() == Decision.DISQUALIFIED) {
            return Clearance.refused(Reason.DISQUALIFIED);
        }
        if (declarations.uncovered(projectId, d.id()) > 0) {
            return Clearance.refused(Reason.INCOMPLETE);
        }
        if (!d.hasTies() || d.getDecision() == Decision.NOT_DISQUALIFIED) {
            return Clearance.OPEN;
        }
        // undecided ties keep the tied suppliers' material hidden until the lead has decided; a decision for
        // named suppliers keeps those hidden for good
        boolean undecided = d.getDecision() == null;
        return new Clearance(null, answers.findByDeclarationIdOrderBySupplierName(d.id()).stream()
                .filter(a -> undecided ? a.isTie() : a.isExcluded()).map(DeclarationAnswer::getSupplierTenantId)
                .collect(Collectors.toSet()));
    }
}
