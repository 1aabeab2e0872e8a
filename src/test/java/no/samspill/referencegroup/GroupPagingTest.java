package no.samspill.referencegroup;

import java.util.List;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.StatementCounting;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group list, the member picker and a section's threads page and filter in the database, with access in the
 * query: another tenant's user gets nothing, and a page costs the same few statements whatever it holds.
 */
@SamspillSpringTest
class GroupPagingTest {

    static final String REFERENCE = "Referansegruppe insulinpumper og CGM";
    static final String ANALYSIS = "Behovsanalyse insulinpumper og CGM";

    @Autowired
    TestUsers users;
    @Autowired
    GroupService groups;
    @Autowired
    GroupPageService pages;
    @Autowired
    ReviewDocumentService documents;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_group_list_pages_and_filters_by_name_in_the_query() {
        users.login(TestUsers.HSO_LEAD);
        long all = groups.countGroups("");
        assertThat(all).isGreaterThanOrEqualTo(2);
        List<GroupSummary> first = groups.groups("", 0, 1);
        List<GroupSummary> second = groups.groups("", 1, 1);
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(groups.groups("INSULINPUMPER", 0, 10)).extracting(GroupSummary::name).containsExactly(REFERENCE);
        assertThat(groups.countGroups("insulinpumper")).isEqualTo(1);
        // a wildcard typed in the search is matched literally
        assertThat(groups.countGroups("%")).isZero();
    }

    @Test
    void another_tenants_user_gets_none_of_the_groups_in_the_page_or_the_count() {
        users.login(TestUsers.HSO_LEAD);
        List<Long> hso = groups.groups("", 0, 500).stream().map(GroupSummary::id).toList();
        long reference = find(REFERENCE);
        users.login(TestUsers.RM_ADMIN);
        assertThat(groups.groups("", 0, 500)).extracting(GroupSummary::id).doesNotContain(reference);
        assertThat(groups.groups("insulinpumper", 0, 10)).isEmpty();
        assertThat(groups.countGroups("insulinpumper")).isZero();
        assertThat(groups.groups("", 0, 500)).extracting(GroupSummary::id).doesNotContainAnyElementsOf(hso);
        assertThatThrownBy(() -> groups.candidates(reference, "", 0, 10)).isInstanceOf(NotFoundException.class);
        // a member sees the groups they sit in, and the lead's list holds more
        users.login(TestUsers.HSO_MEMBER);
        assertThat(groups.countGroups("")).isPositive().isLessThanOrEqualTo(hso.size());
    }

    @Test
    void a_page_of_groups_costs_a_few_statements_whatever_its_size() {
        users.login(TestUsers.HSO_LEAD);
        groups.groups("", 0, 50);
        int one = StatementCounting.statementsOf(() -> groups.groups("", 0, 1)).size();
        int page = StatementCounting.statementsOf(() -> groups.groups("", 0, 50)).size();
        assertThat(one).isPositive();
        // the rows' members, representation and projects come per page, not per row
        assertThat(page).isLessThanOrEqualTo(one + 2).isLessThanOrEqualTo(12);
    }

    @Test
    void the_member_picker_pages_and_searches_the_tenants_people() {
        users.login(TestUsers.HSO_LEAD);
        long reference = find(REFERENCE);
        long all = groups.countCandidates(reference, "");
        assertThat(all).isGreaterThanOrEqualTo(3);
        assertThat(groups.candidates(reference, "", 0, 2)).hasSize(2);
        assertThat(groups.candidates(reference, "", 1, 2)).hasSize(2)
                .doesNotContain(groups.candidates(reference, "", 0, 1).getFirst());
        assertThat(groups.candidates(reference, TestUsers.HSO_MEMBER, 0, 10)).extracting(Candidate::email)
                .containsExactly(TestUsers.HSO_MEMBER);
        assertThat(groups.countCandidates(reference, TestUsers.HSO_MEMBER)).isEqualTo(1);
        // the project picker searches too
        assertThat(groups.projectOptions("2026/0142", 0, 10)).extracting(p -> p.reference()).contains("2026/0142");
    }

    @Test
    void a_sections_threads_come_page_by_page_and_only_for_a_reader_of_the_group() {
        users.login(TestUsers.HSO_LEAD);
        long reference = find(REFERENCE);
        DocumentSummary doc = documents.documents(reference).stream().filter(d -> d.title().equals(ANALYSIS))
                .findFirst().orElseThrow();
        ReviewPage page = documents.page(doc.id(), 0);
        SectionRow busiest = page.sections().stream().max(java.util.Comparator.comparingInt(SectionRow::comments))
                .orElseThrow();
        assertThat(busiest.comments()).isPositive();
        CommentThreads one = documents.threads(doc.id(), 0, busiest.number(), CommentFilter.ALL, 0, 1);
        assertThat(one.threads()).hasSize(1);
        assertThat(one.more()).isEqualTo(busiest.comments() > 1);
        CommentThreads all = documents.threads(doc.id(), 0, busiest.number(), CommentFilter.ALL, 0, 100);
        assertThat(all.threads()).hasSize(busiest.comments());
        assertThat(all.more()).isFalse();
        assertThat(all.replies()).allMatch(r -> all.threads().stream().anyMatch(t -> t.id() == r.parentId()));
        assertThat(documents.threads(doc.id(), 0, busiest.number(), CommentFilter.UNDISPOSED, 0, 100).threads())
                .hasSize(busiest.undisposed()).allMatch(t -> t.disposition() == null);
        // the counts of the page agree with the threads
        assertThat(page.document().comments()).isEqualTo(page.sections().stream().mapToInt(SectionRow::comments)
                .sum());
        users.login(TestUsers.RM_ADMIN);
        assertThatThrownBy(() -> documents.threads(doc.id(), 0, busiest.number(), CommentFilter.ALL, 0, 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pages.page(reference)).isInstanceOf(NotFoundException.class);
    }

    private long find(String name) {
        return groups.groups(name, 0, 10).stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
    }
}
