package no.samspill.steeringgroup;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
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
        return standing(point, true, facts(List.of(point))).stream().anyMatch(d -> d.getKind() == point.getKind());
    }

    /**
     * The points as a reader sees them, in their order. Met or missing would tell a reader who is no member of the
     * point's group what was decided on an exempt paper (or that it was not), so unless a paper they may read meets
     * it, a point with an exempt paper behind it is withheld. The papers, decisions and meetings behind all the
     * points are read in three queries, whatever their number.
     */
    List<OverseenProject.DecisionPointRow> asSeenBy(List<DecisionPoint> list, Predicate<Long> readsExemptOfGroup) {
        return asSeenBy(list, readsExemptOfGroup, facts(list));
    }

    /** As above, for one group's points, when the caller has read the group's papers already (its page lists them). */
    List<OverseenProject.DecisionPointRow> asSeenBy(List<DecisionPoint> list, Predicate<Long> readsExemptOfGroup,
            List<CasePaper> papersOfGroup) {
        return asSeenBy(list, readsExemptOfGroup, factsOf(papersOfGroup));
    }

    private List<OverseenProject.DecisionPointRow> asSeenBy(List<DecisionPoint> list,
            Predicate<Long> readsExemptOfGroup, Facts facts) {
        return list.stream().map(point -> {
            if (readsExemptOfGroup.test(point.getGroupId())) {
                return new OverseenProject.DecisionPointRow(point.getBeforePhase(), point.getKind(),
                        standing(point, true, facts).stream().anyMatch(d -> d.getKind() == point.getKind()), false);
            }
            boolean metOpenly = standing(point, false, facts).stream().anyMatch(d -> d.getKind() == point.getKind());
            boolean exemptBehind = !metOpenly && facts.papers(point).stream().anyMatch(CasePaper::isExempt);
            return new OverseenProject.DecisionPointRow(point.getBeforePhase(), point.getKind(), metOpenly,
                    exemptBehind);
        }).toList();
    }

    /** What the points rest on: their projects' papers, those papers' decisions, and when each meeting was held. */
    private record Facts(Map<Long, List<CasePaper>> papersByProject, Map<Long, List<Decision>> byPaper,
            Map<Long, Instant> held) {

        List<CasePaper> papers(DecisionPoint point) {
            return papersByProject.getOrDefault(point.getProjectId(), List.of()).stream()
                    .filter(p -> p.getGroupId() == point.getGroupId()).toList();
        }
    }

    private Facts facts(List<DecisionPoint> list) {
        Set<Long> projectIds = list.stream().map(DecisionPoint::getProjectId).collect(Collectors.toSet());
        if (projectIds.isEmpty()) {
            return new Facts(Map.of(), Map.of(), Map.of());
        }
        return factsOf(papers.findByProjectIdIn(projectIds));
    }

    private Facts factsOf(List<CasePaper> all) {
        List<Decision> made = all.isEmpty() ? List.of()
                : decisions.findByPaperIdIn(all.stream().map(CasePaper::id).toList());
        Set<Long> meetingIds = made.stream().map(Decision::getMeetingId).collect(Collectors.toSet());
        Map<Long, Instant> held = meetingIds.isEmpty() ? Map.of() : meetings.findAllById(meetingIds).stream()
                .collect(Collectors.toMap(SteeringMeeting::id, SteeringMeeting::getStartsAt));
        return new Facts(all.stream().filter(p -> p.getProjectId() != null)
                .collect(Collectors.groupingBy(p -> present(p.getProjectId()))),
                made.stream().collect(Collectors.groupingBy(Decision::getPaperId)), held);
    }

    /** The standing decision of each of the group's papers about the project (exempt ones only when asked). */
    private Collection<Decision> standing(DecisionPoint point, boolean withExempt, Facts facts) {
        Map<Long, Decision> standing = new HashMap<>();
        for (CasePaper paper : facts.papers(point)) {
            if (!withExempt && paper.isExempt()) {
                continue;
            }
            for (Decision d : facts.byPaper().getOrDefault(paper.id(), List.of())) {
                Instant at = facts.held().getOrDefault(d.getMeetingId(), Instant.MIN);
                standing.merge(d.getPaperId(), d, (a, b) -> facts.held().getOrDefault(a.getMeetingId(), Instant.MIN)
                        .isAfter(at) ? a : b);
            }
        }
        return standing.values();
    }

    private static long present(@Nullable Long id) {
        return java.util.Objects.requireNonNull(id);
    }
}
