package no.samspill.knowledgebase;

import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notices are the contributor's to add and everyone's to read; a project link stays with the project's tenant. */
@SamspillSpringTest
class CaseLinksTest {

    @Autowired
    CaseLinkService links;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void notices_by_id_for_all_and_a_project_link_for_its_tenant_only() {
        long a5 = jdbc.queryForObject("select id from kb_case where region = 'Syddanmark' and code = 'A5'", Long.class);
        users.login(TestUsers.RM_ADMIN);
        assertThatThrownBy(() -> links.addNotice(a5, CaseLink.Kind.TED, "ikke et nummer"))
                .hasMessageContaining("kb.link.error.reference");
        CaseLink ted = links.addNotice(a5, CaseLink.Kind.TED, "123456-2018");
        assertThat(ted.url()).isEqualTo("https://ted.europa.eu/en/notice/-/detail/123456-2018");
        assertThatThrownBy(() -> links.addNotice(a5, CaseLink.Kind.TED, "123456-2018"))
                .hasMessageContaining("kb.link.error.exists");
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> links.addNotice(a5, CaseLink.Kind.DOFFIN, "2024-105023"))
                .isInstanceOf(NotFoundException.class);

        long project = jdbc.queryForObject("select id from procurement_project where reference = '2026/0097'",
                Long.class);
        links.linkProject(a5, project);
        assertThat(links.casesOf(project)).extracting(CaseRow::code).contains("A5");
        assertThat(links.links(a5)).extracting(CaseLink::kind).contains(CaseLink.Kind.TED, CaseLink.Kind.PROJECT);

        users.login(TestUsers.GE_USER);
        assertThat(links.links(a5)).extracting(CaseLink::kind).containsExactly(CaseLink.Kind.TED);
        assertThatThrownBy(() -> links.linkProject(a5, project)).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.SKI_ADMIN);
        assertThat(links.links(a5)).extracting(CaseLink::kind).containsExactly(CaseLink.Kind.TED);
        assertThatThrownBy(() -> links.casesOf(project)).isInstanceOf(NotFoundException.class);
    }
}
