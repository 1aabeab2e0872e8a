package no.samspill.steeringgroup;

import java.util.List;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
import no.samspill.steeringgroup.domain.SteeringMeeting;
import no.samspill.steeringgroup.domain.SteeringMeetingRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

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
    private final SteeringMeetingRepository meetings;

    DecisionGate(DecisionPointRepository points, CasePaperRepository papers, DecisionRepository decisions,
            SteeringGroupRepository groups, SteeringMeetingRepository meetings) {
        this.points = points;
        this.papers = papers;
        this.decisions = decisions;
        this.groups = groups;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GateBlock> check(long projectId, Phase from, Phase to) {
        return points.findByProjectId(projectId).stream().filter(p -> p.getBeforePhase() == to)
                .filter(p -> !met(p)).findFirst().map(p -> new GateBlock("steering.gate." + p.getKind().name(),
                        groups.findById(p.getGroupId()).map(g -> g.getName()).orElse("–")));
    }

    /**
     * Whether the group's standing decision on a paper about the project is of the point's kind. The standing
     * decision of a paper is the one of the latest meeting that decided it, so a later withdrawal closes the gate
     * again, whatever order the decisions were recorded in.
     */
    boolean met(DecisionPoint point) {
        return standing(point, true).stream().anyMatch(d -> d.getKind() == point.getKind());
    }

    /**
     * The point as a reader who is no member of the group sees it. Met or missing would tell them what was decided
     * on an exempt paper (or that it was not), so unless a paper they may read meets it, a point with an exempt
     * paper behind it is withheld.
     */
    OverseenProject.DecisionPointRow asSeenBy(DecisionPoint point, boolean readsExempt) {
        if (readsExempt) {
            return new OverseenProject.DecisionPointRow(point.getBeforePhase(), point.getKind(), met(point), false);
        }
        boolean metOpenly = standing(point, false).stream().anyMatch(d -> d.getKind() == point.getKind());
        boolean exemptBehind = !metOpenly && papers(point).stream().anyMatch(CasePaper::isExempt);
        return new OverseenProject.DecisionPointRow(point.getBeforePhase(), point.getKind(), metOpenly,
                exemptBehind);
    }

    private List<CasePaper> papers(DecisionPoint point) {
        return papers.findByProjectId(point.getProjectId()).stream()
                .filter(p -> p.getGroupId() == point.getGroupId()).toList();
    }

    /** The standing decision of each of the group's papers about the project (exempt ones only when asked). */
    private java.util.Collection<Decision> standing(DecisionPoint point, boolean withExempt) {
        List<Long> paperIds = papers(point).stream().filter(p -> withExempt || !p.isExempt()).map(CasePaper::id)
                .toList();
        if (paperIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> held = new HashMap<>();
        Map<Long, Decision> standing = new HashMap<>();
        for (Decision d : decisions.findByPaperIdIn(paperIds)) {
            Instant at = held.computeIfAbsent(d.getMeetingId(), id -> meetings.findById(id)
                    .map(SteeringMeeting::getStartsAt).orElse(Instant.MIN));
            standing.merge(d.getPaperId(), d, (a, b) -> present(held, a.getMeetingId()).isAfter(at) ? a : b);
        }
        return standing.values();
    }
}
