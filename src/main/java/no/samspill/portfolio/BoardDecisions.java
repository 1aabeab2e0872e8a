package no.samspill.portfolio;

import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.portfolio.domain.BoardReferral;
import no.samspill.portfolio.domain.BoardReferralRepository;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.InitiativeRepository;
import no.samspill.steeringgroup.DecisionOutcome;
import no.samspill.steeringgroup.SteeringEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the board's decision on a paper the portfolio sent back to what it sent: a proposal becomes approved, or
 * rejected with the board's reason; a target picture draft is adopted by an approval. It listens in the deciding
 * transaction (ADR 030), so the decision and its consequence are stored together or not at all. Papers the
 * portfolio did not send are none of its business.
 */
@Component
class BoardDecisions {

    private final BoardReferralRepository referrals;
    private final InitiativeRepository initiatives;
    private final TargetPictureService targets;
    private final AuditTrail audit;

    BoardDecisions(BoardReferralRepository referrals, InitiativeRepository initiatives, TargetPictureService targets,
            AuditTrail audit) {
        this.referrals = referrals;
        this.initiatives = initiatives;
        this.targets = targets;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void on(SteeringEvents.PaperSettled e) {
        referrals.findByPaperId(e.paperId()).ifPresent(r -> settle(r, e));
    }

    private void settle(BoardReferral r, SteeringEvents.PaperSettled e) {
        r.settle(e.outcome(), e.reason(), e.decidedOn());
        referrals.flush();
        switch (r.getSubject()) {
            case INITIATIVE -> initiatives.findById(r.getSubjectId()).ifPresent(i -> phase(i, e));
            case TARGET -> {
                // a rejected draft stays a draft, to be changed and sent again; the reason is kept with the referral
                if (e.outcome() == DecisionOutcome.APPROVED) {
                    targets.adoptByBoard(r.getSubjectId(), e.groupName(), e.paperNumber());
                }
            }
        }
    }

    /** Only a proposal, or one the board settled before (a corrected decision), takes the board's outcome. */
    private void phase(Initiative i, SteeringEvents.PaperSettled e) {
        InitiativePhase before = i.getPhase();
        if (before != InitiativePhase.PROPOSAL && before != InitiativePhase.APPROVED
                && before != InitiativePhase.REJECTED) {
            return;
        }
        InitiativePhase after = e.outcome() == DecisionOutcome.APPROVED ? InitiativePhase.APPROVED
                : InitiativePhase.REJECTED;
        i.changePhase(after);
        initiatives.flush();
        audit.recordIn(e.tenantId(), "portfolio.board-decided", "Initiative", i.id(),
                FieldChange.set("name", i.getName()), FieldChange.of("phase", before, after),
                FieldChange.set("paper", e.paperNumber()), FieldChange.set("reason", e.reason()));
    }
}
