package no.samspill.steeringgroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.procurement.Category;
import no.samspill.procurement.ProjectForm;
import no.samspill.procurement.ProjectSummary;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project tab's decisions are paged in SQL, and the query leaves out exempt papers' for who is no member. */
@SamspillSpringTest
class ProjectDecisionsPagedTest extends SteeringListsTest {

    /** Three papers about the project, each decided; the second exempt, and decided again at a later meeting. */
    private record World(long projectId, PaperView first, PaperView exempt, PaperView third) {
    }

    private World world() {
        long groupId = group();
        users.login(TestUsers.SKI_ADMIN);
        ProjectSummary project = projects.create(new ProjectForm(projects.formOptions().suggestedReference(),
                "Senger " + UUID.randomUUID(), "", Category.BHM, null, Set.of(), null));
        users.login(SECRETARY, SKI);
        PaperView first = papers.create(groupId, paper("Første", LocalDate.of(2026, 11, 1), false, project.id()));
        PaperView exempt = papers.create(groupId, paper("Unntatt", LocalDate.of(2026, 11, 2), true, project.id()));
        PaperView third = papers.create(groupId, paper("Tredje", LocalDate.of(2026, 11, 3), false, project.id()));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-11-10T09:00:00Z"), "Teams");
        MeetingDetails later = meetings.plan(groupId, Instant.parse("2026-11-20T09:00:00Z"), "Teams");
        for (PaperView p : List.of(third, exempt, first)) {
            meetings.placeOnAgenda(m.id(), p.id());
            meetings.decide(m.id(), p.id(), null, new DecisionForm(null, "Vedtak om " + p.content().title(),
                    LocalDate.of(2026, 11, 10), "", ""));
        }
        meetings.placeOnAgenda(later.id(), exempt.id());
        meetings.decide(later.id(), exempt.id(), null, new DecisionForm(null, "Nytt vedtak om Unntatt",
                LocalDate.of(2026, 11, 20), "", ""));
        return new World(project.id(), first, exempt, third);
    }

    @Test
    void a_member_reads_every_decision_by_paper_then_as_decided_a_page_at_a_time() {
        World w = world();
        ProjectDecisions d = groups.forProject(w.projectId());
        assertThat(d.decisionCount()).isEqualTo(4);
        assertThat(d.decisions()).extracting(DecisionRow::conclusion).containsExactly("Vedtak om Første",
                "Vedtak om Unntatt", "Nytt vedtak om Unntatt", "Vedtak om Tredje");
        assertThat(groups.projectDecisions(w.projectId(), 0, 2)).extracting(DecisionRow::paperId)
                .containsExactly(w.first().id(), w.exempt().id());
        List<DecisionRow> pieced = new ArrayList<>(groups.projectDecisions(w.projectId(), 0, 3));
        pieced.addAll(groups.projectDecisions(w.projectId(), 3, 3));
        assertThat(pieced).isEqualTo(d.decisions());
        assertThat(groups.projectDecisions(w.projectId(), 4, 3)).isEmpty();
        assertThat(pieced.get(1).paperTitle()).isEqualTo("Unntatt");
    }

    @Test
    void an_admin_who_is_no_member_reads_no_decision_on_an_exempt_paper_nor_counts_it() {
        World w = world();
        users.login(TestUsers.SKI_ADMIN);
        ProjectDecisions d = groups.forProject(w.projectId());
        assertThat(d.decisionCount()).isEqualTo(2);
        assertThat(d.decisions()).extracting(DecisionRow::paperId).containsExactly(w.first().id(), w.third().id());
        assertThat(d.decisions()).noneMatch(r -> r.paperTitle().equals("Unntatt")
                || r.conclusion().contains("Unntatt"));
        assertThat(groups.projectDecisions(w.projectId(), 1, 10)).extracting(DecisionRow::paperId)
                .containsExactly(w.third().id());
    }

    @Test
    void the_first_page_holds_a_page_of_decisions_and_counts_them_all() {
        long groupId = group();
        users.login(TestUsers.SKI_ADMIN);
        ProjectSummary project = projects.create(new ProjectForm(projects.formOptions().suggestedReference(),
                "Senger " + UUID.randomUUID(), "", Category.BHM, null, Set.of(), null));
        users.login(SECRETARY, SKI);
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-11-10T09:00:00Z"), "Teams");
        int n = SteeringRules.DECISION_PAGE + 1;
        for (int i = 0; i < n; i++) {
            PaperView p = papers.create(groupId, paper("Sak " + i, LocalDate.of(2026, 11, 1), false, project.id()));
            meetings.placeOnAgenda(m.id(), p.id());
            meetings.decide(m.id(), p.id(), null, new DecisionForm(null, "Vedtak " + i, LocalDate.of(2026, 11, 10),
                    "", ""));
        }
        ProjectDecisions d = groups.forProject(project.id());
        assertThat(d.decisions()).hasSize(SteeringRules.DECISION_PAGE);
        assertThat(d.decisionCount()).isEqualTo(n);
        assertThat(groups.projectDecisions(project.id(), SteeringRules.DECISION_PAGE, SteeringRules.DECISION_PAGE))
                .extracting(DecisionRow::conclusion).containsExactly("Vedtak " + (n - 1));
    }

    @Test
    void another_tenants_admin_reads_no_decision_about_the_project() {
        World w = world();
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> groups.forProject(w.projectId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> groups.projectDecisions(w.projectId(), 0, 10))
                .isInstanceOf(NotFoundException.class);
    }

    /** A fresh group of Sykehusinnkjøp: its admin (no member) sets it up, Lars Hansen is its secretary. */
}
