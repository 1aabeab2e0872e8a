package no.samspill.steeringgroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.procurement.ProjectSummary;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The projects a group oversees are paged in SQL by reference, each with only its own decision points. */
@SamspillSpringTest
class PagedOverseenTest extends SteeringListsTest {

    @Test
    void pages_come_by_reference_each_with_its_own_points_and_together_are_the_whole_list() {
        long groupId = group();
        users.login(TestUsers.SKI_ADMIN);
        ProjectSummary a = project();
        ProjectSummary b = project();
        ProjectSummary c = project();
        // overseen in another order than the references'
        groups.oversee(groupId, c.id());
        groups.oversee(groupId, a.id());
        groups.addDecisionPoint(groupId, a.id(), no.samspill.procurement.Phase.CONTRACT,
                DecisionKind.AWARD_APPROVAL);
        groups.oversee(groupId, b.id());

        assertThat(pages.countOverseen(groupId)).isEqualTo(3);
        assertThat(pages.overseen(groupId, 0, 2)).extracting(OverseenProject::projectId)
                .containsExactly(a.id(), b.id());
        assertThat(pages.overseen(groupId, 2, 2)).extracting(OverseenProject::projectId).containsExactly(c.id());
        assertThat(pages.overseen(groupId, 3, 2)).isEmpty();
        List<OverseenProject> pieced = new ArrayList<>(pages.overseen(groupId, 0, 1));
        pieced.addAll(pages.overseen(groupId, 1, 5));
        assertThat(pieced).extracting(OverseenProject::reference)
                .containsExactly(a.reference(), b.reference(), c.reference());
        assertThat(pieced.getFirst().decisionPoints()).extracting(OverseenProject.DecisionPointRow::kind)
                .containsExactly(DecisionKind.NEEDS_ANALYSIS_APPROVAL, DecisionKind.AWARD_APPROVAL);
        assertThat(pieced.get(1).decisionPoints()).singleElement()
                .satisfies(x -> assertThat(x.met()).isFalse());
        assertThat(pieced.getFirst().title()).isEqualTo(a.title());
        // the group's details hold the first page and the count
        SteeringGroupDetails d = groups.details(groupId);
        assertThat(d.projects()).isEqualTo(pieced);
        assertThat(d.projectCount()).isEqualTo(3);
    }

    @Test
    void the_first_page_holds_a_page_of_projects_and_counts_them_all() {
        long groupId = group();
        users.login(TestUsers.SKI_ADMIN);
        int n = SteeringRules.OVERSEEN_PAGE + 1;
        List<ProjectSummary> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            made.add(project());
            groups.oversee(groupId, made.getLast().id());
        }
        SteeringGroupDetails d = groups.details(groupId);
        assertThat(d.projectCount()).isEqualTo(n);
        assertThat(d.projects()).hasSize(SteeringRules.OVERSEEN_PAGE);
        assertThat(pages.overseen(groupId, SteeringRules.OVERSEEN_PAGE, SteeringRules.OVERSEEN_PAGE))
                .extracting(OverseenProject::projectId).containsExactly(made.getLast().id());
    }

    @Test
    void a_point_resting_on_an_exempt_paper_is_withheld_on_a_page_from_an_admin_who_is_no_member() {
        long groupId = group();
        users.login(TestUsers.SKI_ADMIN);
        ProjectSummary project = project();
        groups.oversee(groupId, project.id());
        users.login(SECRETARY, SKI);
        PaperView p = papers.create(groupId, paper("Behovsanalyse", LocalDate.of(2026, 11, 20), true, project.id()));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-03T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), p.id());
        meetings.decide(m.id(), p.id(), null, new DecisionForm(null, "Godkjent.", LocalDate.of(2026, 12, 3), "", ""));
        assertThat(pages.overseen(groupId, 0, 10)).singleElement().satisfies(o -> assertThat(o.decisionPoints())
                .singleElement().satisfies(x -> {
                    assertThat(x.met()).isTrue();
                    assertThat(x.withheld()).isFalse();
                }));
        users.login(TestUsers.SKI_ADMIN);
        assertThat(pages.overseen(groupId, 0, 10)).singleElement().satisfies(o -> assertThat(o.decisionPoints())
                .singleElement().satisfies(x -> {
                    assertThat(x.met()).isFalse();
                    assertThat(x.withheld()).isTrue();
                }));
    }

    @Test
    void another_tenants_admin_reads_no_page_and_no_count_of_the_overseen_projects() {
        long groupId = group();
        users.login(TestUsers.SKI_ADMIN);
        groups.oversee(groupId, project().id());
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> pages.overseen(groupId, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pages.countOverseen(groupId)).isInstanceOf(NotFoundException.class);
        // and another tenant's project ids name nothing of this tenant's
        users.login(TestUsers.SKI_ADMIN);
        long ours = pages.overseen(groupId, 0, 1).getFirst().projectId();
        users.login(TestUsers.HSO_ADMIN);
        assertThat(projects.refs(List.of(ours), 0, 10)).isEmpty();
        assertThat(projects.countRefs(List.of(ours))).isZero();
    }

    /** A fresh group of Sykehusinnkjøp: its admin (no member) sets it up, Lars Hansen is its secretary. */
}
