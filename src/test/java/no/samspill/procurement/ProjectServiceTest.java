package no.samspill.procurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.identity.Colleague;
import no.samspill.identity.ColleagueService;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.Role;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import no.samspill.tenancy.UnitSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class ProjectServiceTest {

    @Autowired
    ProjectService projects;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    AuditLogService audit;
    @Autowired
    ColleagueService colleagues;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_lead_creates_a_project_with_the_suggested_reference_and_it_is_recorded() {
        users.login(TestUsers.HSO_LEAD);
        ProjectFormOptions options = projects.formOptions();
        assertThat(options.suggestedReference()).matches("\\d{4}/\\d{4}");
        assertThat(options.currency()).isEqualTo("NOK");
        Colleague lead = projects.leadOptions(TestUsers.HSO_LEAD, 0, 10).stream().filter(c -> c.email().equals(TestUsers.HSO_LEAD)).findFirst()
                .orElseThrow();
        UnitSummary ous = options.units().stream().filter(u -> u.name().startsWith("Oslo")).findFirst().orElseThrow();
        ProjectSummary p = projects.create(new ProjectForm(options.suggestedReference(), "Infusjonspumper",
                "Volumetriske pumper", Category.MTU, lead.userId(), Set.of(ous.id()), new BigDecimal("1250000.50")));
        assertThat(p.phase()).isEqualTo(Phase.NEEDS_ANALYSIS);
        assertThat(p.leadName()).isEqualTo("Lars Hansen");
        assertThat(p.units()).extracting(UnitSummary::name).containsExactly("Oslo universitetssykehus HF");
        assertThat(projects.history(p.id())).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.changedBy()).isEqualTo("Lars Hansen");
        });
        assertThat(projects.formOptions().suggestedReference()).isNotEqualTo(options.suggestedReference());
    }

    @Test
    void moving_phases_keeps_history_and_a_gate_can_hold_the_project() {
        users.login(TestUsers.HSO_LEAD);
        ProjectSummary p = create("Sterilgods " + UUID.randomUUID());
        ProjectSummary moved = projects.advancePhase(p.id(), p.version(), "Behovsanalysen er godkjent");
        assertThat(moved.phase()).isEqualTo(Phase.MARKET_DIALOGUE);
        assertThat(projects.history(p.id())).extracting(PhaseChange::note).containsExactly("",
                "Behovsanalysen er godkjent");
        users.login(TestUsers.HSO_ADMIN);
        assertThat(audit.search(new AuditFilter(null, "project.phase-changed", null, null), 0, 1)).singleElement()
                .satisfies(e -> {
                    assertThat(e.entityId()).isEqualTo(String.valueOf(p.id()));
                    assertThat(e.changes()).isEqualTo("phase: NEEDS_ANALYSIS → MARKET_DIALOGUE");
                });
        users.login(TestUsers.HSO_LEAD);

        HoldingGate.HELD.add(p.id());
        try {
            // the gate's own key: the refusal must come from the gate, not from the last-phase check
            assertThatThrownBy(() -> projects.advancePhase(p.id(), moved.version(), ""))
                    .hasMessageContaining("test.gate.held");
            assertThat(projects.get(p.id()).phase()).isEqualTo(Phase.MARKET_DIALOGUE);
        } finally {
            HoldingGate.HELD.remove(p.id());
        }
    }

    @Test
    void an_edit_is_recorded_with_the_names_of_the_lead_and_the_units_not_their_ids() {
        users.login(TestUsers.HSO_LEAD);
        ProjectFormOptions options = projects.formOptions();
        Colleague lead = projects.leadOptions(TestUsers.HSO_LEAD, 0, 10).stream().filter(c -> c.email().equals(TestUsers.HSO_LEAD)).findFirst()
                .orElseThrow();
        UnitSummary ous = options.units().stream().filter(u -> u.name().startsWith("Oslo")).findFirst().orElseThrow();
        ProjectSummary p = projects.create(form(unique(), "Prosjekt som skifter leder"));
        projects.update(p.id(), p.version(), new ProjectForm(p.reference(), p.title(), "", Category.MTU,
                lead.userId(), Set.of(ous.id()), null));
        users.login(TestUsers.HSO_ADMIN);
        assertThat(audit.search(new AuditFilter(null, "project.updated", null, null), 0, 1)).singleElement()
                .satisfies(e -> assertThat(e.changes()).contains("lead: – → Lars Hansen")
                        .contains("units: [] → [Oslo universitetssykehus HF]")
                        .doesNotContain(String.valueOf(lead.userId())));
    }

    @Test
    void the_last_phase_cannot_be_left_and_stale_versions_are_refused() {
        users.login(TestUsers.HSO_LEAD);
        ProjectSummary p = create("Senger " + UUID.randomUUID());
        long staleVersion = p.version();
        while (p.phase().next().isPresent()) {
            p = projects.advancePhase(p.id(), p.version(), "");
        }
        long id = p.id();
        long version = p.version();
        assertThatThrownBy(() -> projects.advancePhase(id, version, "")).hasMessageContaining("project.error.last-phase");
        assertThatThrownBy(() -> projects.advancePhase(id, staleVersion, ""))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> projects.update(id, staleVersion, form("2099/0001", "Endret tittel")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(projects.get(id).title()).startsWith("Senger");
    }

    @Test
    void bad_input_gets_a_clear_error() {
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> projects.create(form("2026 / 1", "Gyldig tittel")))
                .hasMessageContaining("project.error.reference");
        assertThatThrownBy(() -> projects.create(form("2026/0142", "Gyldig tittel")))
                .hasMessageContaining("project.error.reference-taken");
        assertThatThrownBy(() -> projects.create(form(unique(), "ab"))).hasMessageContaining("project.error.title");
        assertThatThrownBy(() -> projects.create(new ProjectForm(unique(), "Gyldig tittel", "", Category.MTU, null,
                Set.of(), new BigDecimal("-1")))).hasMessageContaining("project.error.value");
        assertThatThrownBy(() -> projects.create(new ProjectForm(unique(), "Gyldig tittel", "", Category.MTU, null,
                Set.of(), new BigDecimal("1.005")))).hasMessageContaining("project.error.value");
        long member = memberUserId();
        assertThatThrownBy(() -> projects.create(new ProjectForm(unique(), "Gyldig tittel", "", Category.MTU, member,
                Set.of(), null))).hasMessageContaining("project.error.lead");
        users.login(TestUsers.RM_ADMIN);
        long danishUnit = projects.formOptions().units().getFirst().id();
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> projects.create(new ProjectForm(unique(), "Gyldig tittel", "", Category.MTU, null,
                Set.of(danishUnit), null))).hasMessageContaining("project.error.units");
    }

    @Test
    void a_lead_who_lost_the_lead_role_stays_when_the_project_is_edited() {
        users.login(TestUsers.HSO_LEAD);
        ProjectSummary p = projects.create(form(unique(), "Prosjekt med tidligere leder"));
        long member = memberUserId();
        // as if the lead had since lost the lead role: the project names a colleague without it
        jdbc.update("update procurement_project set lead_user_id = ? where id = ?", member, p.id());
        ProjectSummary before = projects.get(p.id());
        ProjectSummary edited = projects.update(p.id(), before.version(), new ProjectForm(before.reference(),
                "Ny tittel", "", Category.MTU, member, Set.of(), null));
        assertThat(edited.leadUserId()).isEqualTo(member);
        assertThat(edited.leadName()).isNotNull();
        ProjectSummary noLead = projects.update(p.id(), edited.version(), new ProjectForm(before.reference(),
                "Ny tittel", "", Category.MTU, null, Set.of(), null));
        // chosen anew, someone without the lead role is still refused
        assertThatThrownBy(() -> projects.update(p.id(), noLead.version(), new ProjectForm(before.reference(),
                "Ny tittel", "", Category.MTU, member, Set.of(), null))).hasMessageContaining("project.error.lead");
    }

    @Test
    void references_are_unique_per_tenant_only() {
        users.login(TestUsers.SKI_ADMIN);
        ProjectSummary same = projects.create(form("2026/0142", "Samme referanse, annen virksomhet"));
        assertThat(same.reference()).isEqualTo("2026/0142");
    }

    @Test
    void projects_of_another_tenant_cannot_be_read_or_changed() {
        users.login(TestUsers.SKI_ADMIN);
        ProjectSummary national = projects.search(new ProjectFilter("2026/0021", null, null), 0, 1).getFirst();
        users.login(TestUsers.HSO_LEAD);
        assertThat(projects.search(ProjectFilter.ALL, 0, 500)).extracting(ProjectSummary::id)
                .doesNotContain(national.id());
        assertThatThrownBy(() -> projects.get(national.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projects.history(national.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projects.update(national.id(), national.version(), form("X-1", "Overtatt")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projects.advancePhase(national.id(), national.version(), ""))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void members_read_but_do_not_edit_and_suppliers_see_no_projects() {
        users.login(TestUsers.HSO_MEMBER);
        assertThat(projects.search(ProjectFilter.ALL, 0, 50)).extracting(ProjectSummary::reference)
                .contains("2026/0142", "2026/0097");
        assertThat(projects.canEdit()).isFalse();
        assertThatThrownBy(() -> projects.create(form(unique(), "Medlem prøver"))).isInstanceOf(ForbiddenException.class);
        users.login(TestUsers.MEDTRONIC_USER);
        assertThatThrownBy(() -> projects.search(ProjectFilter.ALL, 0, 10)).isInstanceOf(ForbiddenException.class);
        users.login(TestUsers.MEDTRONIC_ADMIN);
        assertThatThrownBy(() -> projects.create(form(unique(), "Leverandør prøver")))
                .hasMessageContaining("project.error.not-buyer");
    }

    @Test
    void a_project_outside_the_users_grants_is_not_found_and_forbidden_only_to_its_own_readers() {
        users.login(TestUsers.SKI_ADMIN);
        ProjectSummary national = projects.search(new ProjectFilter("2026/0021", null, null), 0, 1).getFirst();
        for (String outsider : new String[] {TestUsers.MEDTRONIC_USER, TestUsers.MEDTRONIC_ADMIN,
                TestUsers.HSO_MEMBER}) {
            users.login(outsider);
            assertThatThrownBy(() -> projects.get(national.id())).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> projects.history(national.id())).as(outsider)
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> projects.update(national.id(), national.version(), form(unique(), "Fremmed")))
                    .as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> projects.advancePhase(national.id(), national.version(), "")).as(outsider)
                    .isInstanceOf(NotFoundException.class);
        }
        // a member of the owning tenant reads the project, so may hear that she may not change it
        users.login(TestUsers.HSO_MEMBER);
        ProjectSummary own = projects.search(new ProjectFilter("2026/0142", null, null), 0, 1).getFirst();
        assertThatThrownBy(() -> projects.update(own.id(), own.version(), form(unique(), "Medlem endrer")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void filters_narrow_the_list() {
        users.login(TestUsers.HSO_LEAD);
        assertThat(projects.search(new ProjectFilter("insulin", null, null), 0, 10)).extracting(ProjectSummary::reference)
                .containsExactly("2026/0142");
        assertThat(projects.search(new ProjectFilter("", Phase.TENDER, Category.MTU), 0, 10))
                .extracting(ProjectSummary::reference).contains("2025/0310").doesNotContain("2026/0142");
        assertThat(projects.count(new ProjectFilter("", null, Category.BHM)))
                .isEqualTo(projects.search(new ProjectFilter("", null, Category.BHM), 0, 100).size());
        // the dashboard's few: the newest of the projects the lead leads, limited in the query
        List<ProjectSummary> led = projects.mine(1000);
        assertThat(led).extracting(ProjectSummary::reference).contains("2026/0142");
        assertThat(projects.mine(2)).extracting(ProjectSummary::reference)
                .containsExactlyElementsOf(led.subList(0, 2).stream().map(ProjectSummary::reference).toList());
    }

    private ProjectSummary create(String title) {
        return projects.create(form(unique(), title));
    }

    private static ProjectForm form(String reference, String title) {
        return new ProjectForm(reference, title, "", Category.MTU, null, Set.of(), null);
    }

    private static String unique() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long memberUserId() {
        return colleagues.withRole(Role.MEMBER, TestUsers.HSO_MEMBER, 0, 10).stream()
                .filter(c -> c.email().equals(TestUsers.HSO_MEMBER))
                .findFirst().orElseThrow().userId();
    }
}
