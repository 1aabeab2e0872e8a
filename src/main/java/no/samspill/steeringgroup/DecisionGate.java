package no.samspill.steeringgroup;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import no.samspill.procurement.Phase;
import no.samspill.procurement.PhaseGate;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.CasePaperRepository;
import no.samspill.steeringgroup.domain.Decision;
import no.samspill.steeringgroup.domain.DecisionPoint;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.DecisionRepository;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import org.springframework.stereotype.Component;

/**
 * Holds a project at a decision point: it may not enter the phase until the overseeing steering group has made a
 * decision of the required kind on a case paper about the project. It reads the steering data directly, because
 * the rule binds whoever moves the project, not only people who may read the group.
 */
@Component
class DecisionGate implements PhaseGate {

    private final DecisionPointRepository points;
    private final CasePaperRepository papers;
    private final DecisionRepository decisions;
    private final SteeringGroupRepository groups;

    DecisionGate(DecisionPointRepository points, CasePaperRepository papers, DecisionRepository decisions,
            SteeringGroupRepository groups) {
        this.points = points;
        this.papers = papers;
        this.decisions = decisions;
        this.groups = groups;
    }

    @Override
    public Optional<GateBlock> check(long projectId, Phase from, Phase to) {
        return points.findByProjectId(projectId).stream().filter(p -> p.getBeforePhase() == to)
                .filter(p -> !met(p)).findFirst().map(p -> new GateBlock("steering.gate." + p.getKind().name(),
                        groups.findById(p.getGroupId()).map(g -> g.getName()).orElse("–")));
    }

    /**
     * Whether the group's standing decision on a paper about the project is of the point's kind. A decision a
     * later one superseded no longer counts, so superseding an approval closes the gate again.
     */
    boolean met(DecisionPoint point) {
        List<Long> paperIds = papers.findByProjectId(point.getProjectId()).stream()
                .filter(p -> p.getGroupId() == point.getGroupId()).map(CasePaper::id).toList();
        if (paperIds.isEmpty()) {
            return false;
        }
        List<Decision> all = decisions.findByPaperIdIn(paperIds);
        Set<Long> superseded = all.stream().map(Decision::getSupersedesId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return all.stream().filter(d -> !superseded.contains(d.id())).anyMatch(d -> d.getKind() == point.getKind());
    }
}
