package no.samspill.steeringgroup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samspill.procurement.Phase;
import no.samspill.procurement.PhaseGate;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision points' state and the phase gate, now asked of the database, say what the whole-list code said
 * when it loaded every paper, decision and meeting: that code is kept here as the oracle, on rows read directly.
 */
@SamspillSpringTest
class DecisionPointStateTest extends SteeringListsTest {

    static final Instant FIRST = Instant.parse("2026-11-10T09:00:00Z");
    static final Instant SECOND = Instant.parse("2026-11-24T09:00:00Z");

    @Autowired
    DecisionGate gate;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void points_and_gate_read_by_aggregate_queries_match_the_whole_list_computation() {
        long g = group();
        long other = group();
        users.login(SECRETARY, SKI);
        long withdrawn = project().id();
        long exemptOnly = project().id();
        long openlyMet = project().id();
        long bare = project().id();
        users.login(TestUsers.SKI_ADMIN);
        for (long p : List.of(withdrawn, exemptOnly, openlyMet, bare)) {
            groups.oversee(g, p);
        }
        groups.addDecisionPoint(g, withdrawn, Phase.CONTRACT, DecisionKind.AWARD_APPROVAL);
        users.login(SECRETARY, SKI);
        MeetingDetails first = meetings.plan(g, FIRST, "Teams");
        MeetingDetails second = meetings.plan(g, SECOND, "Teams");
        // approved at the first meeting, withdrawn at the second; the withdrawal recorded first
        long a = paper(g, withdrawn, false);
        decide(second, a, DecisionKind.OTHER);
        decide(first, a, DecisionKind.NEEDS_ANALYSIS_APPROVAL);
        // an exempt award approval for the same project, and an approval by another group, which oversees nothing
        decide(first, paper(g, withdrawn, true), DecisionKind.AWARD_APPROVAL);
        MeetingDetails elsewhere = meetings.plan(other, FIRST, "Teams");
        decide(elsewhere, paper(other, withdrawn, false), DecisionKind.NEEDS_ANALYSIS_APPROVAL);
        // approved only on an exempt paper
        decide(first, paper(g, exemptOnly, true), DecisionKind.NEEDS_ANALYSIS_APPROVAL);
        // approved openly, with an undecided exempt paper beside it
        decide(second, paper(g, openlyMet, false), DecisionKind.NEEDS_ANALYSIS_APPROVAL);
        paper(g, openlyMet, true);

        Map<String, OverseenProject.DecisionPointRow> expectedMember = oracle(g, true);
        Map<String, OverseenProject.DecisionPointRow> expectedOutsider = oracle(g, false);
        // the scenario covers every state: met, missing, met openly, withheld
        assertThat(expectedMember.get(withdrawn + "/TENDER").met()).isFalse();
        assertThat(expectedMember.get(withdrawn + "/CONTRACT").met()).isTrue();
        assertThat(expectedOutsider.get(withdrawn + "/CONTRACT").withheld()).isTrue();
        assertThat(expectedOutsider.get(exemptOnly + "/TENDER").withheld()).isTrue();
        assertThat(expectedOutsider.get(openlyMet + "/TENDER").met()).isTrue();

        assertThat(onGroupPage(g)).isEqualTo(expectedMember);
        assertThat(onProjectTabs(withdrawn, exemptOnly, openlyMet, bare)).isEqualTo(expectedMember);
        users.login(TestUsers.SKI_ADMIN);
        assertThat(onGroupPage(g)).isEqualTo(expectedOutsider);
        assertThat(onProjectTabs(withdrawn, exemptOnly, openlyMet, bare)).isEqualTo(expectedOutsider);
        // the gate binds everyone alike: whether it holds a project is the member's view of the points
        for (long p : List.of(withdrawn, exemptOnly, openlyMet, bare)) {
            for (Phase to : List.of(Phase.TENDER, Phase.CONTRACT)) {
                assertThat(gate.check(p, Phase.NEEDS_ANALYSIS, to).isPresent()).as("project %d before %s", p, to)
                        .isEqualTo(expectedMember.containsKey(p + "/" + to)
                                && !expectedMember.get(p + "/" + to).met());
            }
        }
        assertThat(gate.check(withdrawn, Phase.NEEDS_ANALYSIS, Phase.TENDER)).map(PhaseGate.GateBlock::messageKey)
                .contains("steering.gate.NEEDS_ANALYSIS_APPROVAL");
    }

    private Map<String, OverseenProject.DecisionPointRow> onGroupPage(long groupId) {
        Map<String, OverseenProject.DecisionPointRow> seen = new HashMap<>();
        for (OverseenProject p : groups.details(groupId).projects()) {
            p.decisionPoints().forEach(d -> seen.put(p.projectId() + "/" + d.beforePhase(), d));
        }
        return seen;
    }

    private Map<String, OverseenProject.DecisionPointRow> onProjectTabs(long... projectIds) {
        Map<String, OverseenProject.DecisionPointRow> seen = new HashMap<>();
        for (long p : projectIds) {
            groups.forProject(p).points().forEach(d -> seen.put(p + "/" + d.beforePhase(),
                    new OverseenProject.DecisionPointRow(d.beforePhase(), d.kind(), d.met(), d.withheld())));
        }
        return seen;
    }

    private record Paper(long id, long projectId, boolean exempt) {
    }

    private record Made(long id, long paperId, String kind, Instant held) {
    }

    /** The old DecisionGate.asSeenBy over the group's papers, their decisions and the meetings, all loaded. */
    private Map<String, OverseenProject.DecisionPointRow> oracle(long groupId, boolean readsExempt) {
        List<Paper> all = jdbc.query("select id, project_id, exempt from case_paper where group_id = ?"
                + " and project_id is not null", (r, i) -> new Paper(r.getLong(1), r.getLong(2), r.getBoolean(3)),
                groupId);
        List<Made> made = jdbc.query("select d.id, d.paper_id, d.kind, m.starts_at from steering_decision d"
                + " join steering_meeting m on m.id = d.meeting_id join case_paper p on p.id = d.paper_id"
                + " where p.group_id = ? order by d.id", (r, i) -> new Made(r.getLong(1), r.getLong(2),
                r.getString(3), r.getObject(4, Timestamp.class).toInstant()), groupId);
        Map<Long, Made> standing = new HashMap<>();
        for (Made d : made) {
            standing.merge(d.paperId(), d, (x, y) -> x.held().isAfter(y.held()) ? x : y);
        }
        Map<String, OverseenProject.DecisionPointRow> expected = new HashMap<>();
        jdbc.query("select project_id, before_phase, kind from steering_decision_point where group_id = ?", r -> {
            long project = r.getLong(1);
            Phase before = Phase.valueOf(r.getString(2));
            DecisionKind kind = DecisionKind.valueOf(r.getString(3));
            List<Paper> behind = all.stream().filter(p -> p.projectId() == project).toList();
            boolean met = metBy(behind, standing, kind);
            boolean metOpenly = metBy(behind.stream().filter(p -> !p.exempt()).toList(), standing, kind);
            boolean exempt = behind.stream().anyMatch(Paper::exempt);
            expected.put(project + "/" + before, readsExempt
                    ? new OverseenProject.DecisionPointRow(before, kind, met, false)
                    : new OverseenProject.DecisionPointRow(before, kind, metOpenly, !metOpenly && exempt));
        }, groupId);
        return expected;
    }

    private static boolean metBy(List<Paper> behind, Map<Long, Made> standing, DecisionKind kind) {
        return behind.stream().map(p -> Optional.ofNullable(standing.get(p.id()))).flatMap(Optional::stream)
                .anyMatch(d -> kind.name().equals(d.kind()));
    }

    private void decide(MeetingDetails m, long paperId, DecisionKind kind) {
        meetings.placeOnAgenda(m.id(), paperId);
        LocalDate on = m.startsAt().atZone(groups.zone()).toLocalDate();
        meetings.decide(m.id(), paperId, null, new DecisionForm(kind, "Vedtatt.", on, "", ""));
    }

    private long paper(long groupId, long projectId, boolean exempt) {
        return papers.create(groupId, paper("Sak " + UUID.randomUUID(), LocalDate.of(2026, 11, 1),
                exempt, projectId)).id();
    }
}
