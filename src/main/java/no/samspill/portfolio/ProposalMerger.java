package no.samspill.portfolio;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.domain.GoalLink;
import no.samspill.portfolio.domain.GoalLinkRepository;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.InitiativeMerge;
import no.samspill.portfolio.domain.InitiativeMergeRepository;
import no.samspill.portfolio.domain.InitiativeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two overlapping proposals. Nothing is moved or deleted: the merged proposal keeps its status history, goal
 * links and audit under its own id and is stopped with a pointer to the one it went into, which gets copies of the
 * goal links it lacked. So both histories stay as they were written.
 */
@Service
public class ProposalMerger {

    private final PortfolioAccess access;
    private final InitiativeRepository initiatives;
    private final GoalLinkRepository links;
    private final InitiativeMergeRepository merges;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalMerger(PortfolioAccess access, InitiativeRepository initiatives, GoalLinkRepository links,
            InitiativeMergeRepository merges, AuditTrail audit, Clock clock) {
        this.access = access;
        this.initiatives = initiatives;
        this.links = links;
        this.merges = merges;
        this.audit = audit;
        this.clock = clock;
    }

    /** Merges {@code fromId} into {@code intoId}, each at the version the office read. */
    @Transactional
    public MergeRow merge(long fromId, long fromVersion, long intoId, long intoVersion) {
        if (fromId == intoId) {
            throw new ValidationException("portfolio.intake.error.merge-self");
        }
        Initiative from = initiatives.findById(fromId).orElseThrow(NotFoundException::new);
        long tenant = access.manage(from.getPortfolioId()).portfolio().getTenantId();
        Initiative into = initiatives.findById(intoId).filter(i -> i.getPortfolioId() == from.getPortfolioId())
                .orElseThrow(() -> new ValidationException("portfolio.intake.error.merge-other"));
        IntakeService.requireProposal(from);
        IntakeService.requireProposal(into);
        from.requireVersion(fromVersion);
        into.requireVersion(intoVersion);
        Set<String> held = links.findByInitiativeIdOrderById(intoId).stream().map(GoalLink::getGoalKey)
                .collect(Collectors.toSet());
        List<GoalLink> copies = links.findByInitiativeIdOrderById(fromId).stream()
                .filter(l -> !held.contains(l.getGoalKey()))
                .map(l -> new GoalLink(intoId, l.getGoalKey(), l.getWeight(), l.getHow())).toList();
        links.saveAll(copies);
        from.changePhase(InitiativePhase.STOPPED);
        initiatives.flush();
        merges.save(new InitiativeMerge(fromId, intoId, clock.instant(), access.current().actorName()));
        audit.recordIn(tenant, "portfolio.merged-into", "Initiative", fromId, FieldChange.set("name", from.getName()),
                FieldChange.set("into", into.getName()),
                FieldChange.of("phase", InitiativePhase.PROPOSAL, InitiativePhase.STOPPED));
        audit.recordIn(tenant, "portfolio.merged-from", "Initiative", intoId, FieldChange.set("name", into.getName()),
                FieldChange.set("from", from.getName()), FieldChange.set("goals", copies.size()));
        return new MergeRow(fromId, from.getName(), intoId, into.getName());
    }
}
