package no.samspill.steeringgroup;

import java.util.Optional;
import no.samspill.procurement.Phase;
import no.samspill.procurement.PhaseGate;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.PointState;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds a project at a decision point: it may not enter the phase until the overseeing steering group has made a
 * decision of the required kind on a case paper about the project. It reads the steering data directly, because
 * the rule binds whoever moves the project, not only people who may read the group. Whether a point is met is
 * asked of the database ({@link DecisionPointRepository#STANDING}), so no paper or decision is loaded for it.
 */
@Component
class DecisionGate implements PhaseGate {

    private final DecisionPointRepository points;
    private final SteeringGroupRepository groups;

    DecisionGate(DecisionPointRepository points, SteeringGroupRepository groups) {
        this.points = points;
        this.groups = groups;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GateBlock> check(long projectId, Phase from, Phase to) {
        return points.unmet(projectId, to, Limit.of(1)).stream().findFirst()
                .map(p -> new GateBlock("steering.gate." + p.getKind().name(),
                        groups.findById(p.getGroupId()).map(g -> g.getName()).orElse("–")));
    }

    /**
     * A point as a reader sees it. Met or missing would tell a reader who is no member of the point's group what
     * was decided on an exempt paper (or that it was not), so unless a paper they may read meets it, a point with
     * an exempt paper behind it is withheld.
     */
    static OverseenProject.DecisionPointRow seen(PointState point, boolean readsExemptOfGroup) {
        if (readsExemptOfGroup) {
            return new OverseenProject.DecisionPointRow(point.beforePhase(), point.kind(), point.met(), false);
        }
        return new OverseenProject.DecisionPointRow(point.beforePhase(), point.kind(), point.metOpenly(),
                !point.metOpenly() && point.exemptBehind());
    }
}
