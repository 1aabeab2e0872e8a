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

/** The group's paper list is paged in SQL, newest first, with the redaction of exempt papers the whole list had. */
@SamspillSpringTest
class PagedPapersTest extends SteeringListsTest {

    @Test
    void pages_come_newest_first_by_year_and_number_and_together_are_the_whole_list() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        // the older year written last, so that the order is the number's, not the order of writing
        for (int i = 0; i < 3; i++) {
            papers.create(groupId, paper("Sak " + i, LocalDate.of(2026, 11, 20), false, null));
        }
        PaperView decided = papers.create(groupId, paper("Fjorårets første", LocalDate.of(2025, 3, 1), false, null));
        papers.create(groupId, paper("Fjorårets andre", LocalDate.of(2025, 4, 1), false, null));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-01T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), decided.id());
        meetings.decide(m.id(), decided.id(), null, new DecisionForm(null, "Godkjent.", LocalDate.of(2026, 12, 1), "",
                ""));

        assertThat(papers.countPapers(groupId)).isEqualTo(5);
        assertThat(papers.papers(groupId, 0, 2)).extracting(PaperSummary::number).containsExactly("3/26", "2/26");
        assertThat(papers.papers(groupId, 2, 2)).extracting(PaperSummary::number).containsExactly("1/26", "2/25");
        assertThat(papers.papers(groupId, 4, 2)).extracting(PaperSummary::number).containsExactly("1/25");
        assertThat(papers.papers(groupId, 5, 2)).isEmpty();
        List<PaperSummary> pieced = new ArrayList<>(papers.papers(groupId, 0, 3));
        pieced.addAll(papers.papers(groupId, 3, 3));
        assertThat(pieced).isEqualTo(papers.papers(groupId));
        assertThat(pieced).filteredOn(PaperSummary::decided).extracting(PaperSummary::number)
                .containsExactly("1/25");
        // the page's first draw: all five, counted without a count of its own
        assertThat(pages.page(groupId).papers()).satisfies(first -> {
            assertThat(first.total()).isEqualTo(5);
            assertThat(first.first()).isEqualTo(pieced);
        });
    }

    @Test
    void the_first_page_holds_a_page_of_papers_and_counts_them_all() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        int n = SteeringRules.PAPER_PAGE + 2;
        for (int i = 0; i < n; i++) {
            papers.create(groupId, paper("Sak " + i, LocalDate.of(2026, 11, 20), false, null));
        }
        PaperPage first = papers.firstPage(groupId);
        assertThat(first.total()).isEqualTo(n);
        assertThat(first.first()).hasSize(SteeringRules.PAPER_PAGE).first()
                .satisfies(p -> assertThat(p.number()).isEqualTo(n + "/26"));
        assertThat(papers.papers(groupId, SteeringRules.PAPER_PAGE, SteeringRules.PAPER_PAGE))
                .extracting(PaperSummary::number).containsExactly("2/26", "1/26");
    }

    @Test
    void a_page_shows_an_admin_who_is_no_member_only_the_number_of_an_exempt_paper() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        ProjectSummary project = project();
        PaperView exempt = papers.create(groupId, paper("Strategi", LocalDate.of(2026, 11, 20), true,
                project.id()));
        PaperView open = papers.create(groupId, paper("Åpen sak", LocalDate.of(2026, 11, 21), false, project.id()));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-02T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), exempt.id());
        meetings.decide(m.id(), exempt.id(), null, new DecisionForm(null, "Godkjent.", LocalDate.of(2026, 12, 2), "",
                ""));
        // the member reads it whole
        assertThat(papers.papers(groupId, 0, 10)).extracting(PaperSummary::id).containsExactly(open.id(), exempt.id());
        assertThat(papers.papers(groupId, 1, 1)).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Strategi");
            assertThat(s.date()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(s.projectReference()).isEqualTo(project.reference());
            assertThat(s.decided()).isTrue();
            assertThat(s.withheld()).isFalse();
        });

        users.login(TestUsers.SKI_ADMIN);
        assertThat(papers.countPapers(groupId)).isEqualTo(2);
        assertThat(papers.papers(groupId, 0, 1)).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Åpen sak");
            assertThat(s.projectReference()).isEqualTo(project.reference());
        });
        for (PaperSummary s : List.of(papers.papers(groupId, 1, 1).getFirst(),
                pages.page(groupId).papers().first().get(1))) {
            assertThat(s.id()).isEqualTo(exempt.id());
            assertThat(s.number()).isEqualTo(exempt.number());
            assertThat(s.withheld()).isTrue();
            assertThat(s.exempt()).isTrue();
            assertThat(s.title()).isNull();
            assertThat(s.date()).isNull();
            assertThat(s.projectReference()).isNull();
            assertThat(s.decided()).isFalse();
        }
    }

    @Test
    void another_tenants_admin_reads_no_page_and_no_count_of_the_groups_papers() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        papers.create(groupId, paper("Intern sak", LocalDate.of(2026, 11, 20), false, null));
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> papers.papers(groupId, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> papers.countPapers(groupId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> papers.firstPage(groupId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pages.page(groupId)).isInstanceOf(NotFoundException.class);
    }

    /** A fresh group of Sykehusinnkjøp: its admin (no member) sets it up, Lars Hansen is its secretary. */
}
