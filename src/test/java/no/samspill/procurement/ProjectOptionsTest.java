package no.samspill.procurement;

import java.util.List;
import java.util.Map;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project lookups behind lazy combo boxes and row names: paged and filtered in SQL, the tenant in the WHERE. */
@SamspillSpringTest
class ProjectOptionsTest {

    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void project_options_page_and_filter_the_tenants_projects_by_reference() {
        users.login(TestUsers.HSO_LEAD);
        long all = projects.countProjectOptions("");
        assertThat(all).isEqualTo(projects.count(ProjectFilter.ALL)).isGreaterThan(1);
        List<ProjectOption> first = projects.projectOptions("", 0, 1);
        List<ProjectOption> second = projects.projectOptions("", 1, 1);
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(first.getFirst().reference()).isLessThanOrEqualTo(second.getFirst().reference());
        String reference = first.getFirst().reference();
        assertThat(projects.projectOptions(reference, 0, 10)).extracting(ProjectOption::reference).contains(reference);
        assertThat(projects.countProjectOptions("no project is called this")).isZero();
        assertThat(projects.projectOptions("no project is called this", 0, 10)).isEmpty();
    }

    @Test
    void another_tenants_user_gets_none_of_the_projects_by_text_or_by_id() {
        users.login(TestUsers.HSO_LEAD);
        ProjectOption hso = projects.projectOptions("", 0, 1).getFirst();
        assertThat(projects.refs(List.of(hso.id()))).containsOnlyKeys(hso.id());
        users.login(TestUsers.SKI_ADMIN);
        assertThat(projects.projectOptions(hso.reference(), 0, 100)).extracting(ProjectOption::id)
                .doesNotContain(hso.id());
        Map<Long, ProjectOption> refs = projects.refs(List.of(hso.id()));
        assertThat(refs).isEmpty();
        assertThatThrownBy(() -> projects.requireReadable(hso.id())).isInstanceOf(NotFoundException.class);
        // a supplier's user reads no projects at all
        users.login(TestUsers.GE_USER);
        assertThatThrownBy(() -> projects.projectOptions("", 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThat(projects.refs(List.of(hso.id()))).isEmpty();
    }
}
