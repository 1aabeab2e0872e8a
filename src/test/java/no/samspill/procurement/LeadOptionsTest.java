package no.samspill.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.identity.Colleague;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project form's lead picker pages and filters the tenant's procurement leads in SQL; the save asks once. */
@SamspillSpringTest
class LeadOptionsTest {

    @Autowired
    ProjectService projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_picker_finds_the_tenants_leads_by_name_or_e_mail_a_page_at_a_time() {
        // Sykehusinnkjøp has two leads: Lars Hansen (also of Helse Sør-Øst) and its admin Ola Nilsen
        users.login(TestUsers.HSO_LEAD, "Sykehusinnkjøp HF");
        List<Colleague> all = projects.leadOptions("", 0, 100);
        assertThat(all).extracting(Colleague::email).contains(TestUsers.HSO_LEAD, TestUsers.SKI_ADMIN);
        assertThat(all).extracting(Colleague::userId).containsExactlyInAnyOrderElementsOf(leadsOf("sykehusinnkjop"));
        List<Colleague> pieced = new ArrayList<>(projects.leadOptions("", 0, 1));
        assertThat(pieced).hasSize(1);
        pieced.addAll(projects.leadOptions("", 1, all.size()));
        assertThat(pieced).isEqualTo(all);
        assertThat(projects.leadOptions("NILSEN", 0, 10)).extracting(Colleague::email)
                .containsExactly(TestUsers.SKI_ADMIN);

        // in Helse Sør-Øst: its own leads only, neither its people without the role nor Sykehusinnkjøp's lead
        users.login(TestUsers.HSO_LEAD);
        assertThat(projects.leadOptions("", 0, 100)).extracting(Colleague::userId)
                .containsExactlyInAnyOrderElementsOf(leadsOf("helse-sor-ost"));
        assertThat(projects.leadOptions("", 0, 100)).extracting(Colleague::email)
                .contains(TestUsers.HSO_LEAD).doesNotContain(TestUsers.HSO_MEMBER, TestUsers.HSO_ADMIN,
                        TestUsers.SKI_ADMIN);
        assertThat(projects.leadOptions("Ola Nilsen", 0, 10)).isEmpty();
        assertThat(projects.leadOptions("hANSen", 0, 10)).extracting(Colleague::displayName)
                .containsExactly("Lars Hansen");
        assertThat(projects.leadOptions("innkjop@helse", 0, 10)).extracting(Colleague::email)
                .containsExactly(TestUsers.HSO_LEAD);
        assertThat(projects.leadOptions("nobody is called this", 0, 10)).isEmpty();
    }

    /** The active holders of the lead role in the tenant, as the database has them. */
    private List<Long> leadsOf(String tenantCode) {
        return jdbc.queryForList("select u.id from user_account u join membership m on m.user_id = u.id"
                + " join tenant t on t.id = m.tenant_id join membership_role r on r.membership_id = m.id"
                + " where t.code = ? and r.role = 'PROCUREMENT_LEAD' and m.active and u.active", Long.class,
                tenantCode);
    }

    @Test
    void a_save_names_as_lead_only_a_procurement_lead_of_the_own_tenant() {
        long member = userId(TestUsers.HSO_MEMBER);
        long admin = userId(TestUsers.HSO_ADMIN);
        // a lead in Sykehusinnkjøp, and no member of Helse Sør-Øst
        long otherTenantsLead = userId(TestUsers.SKI_ADMIN);
        users.login(TestUsers.HSO_LEAD);
        for (long notALead : List.of(member, admin, otherTenantsLead)) {
            assertThatThrownBy(() -> projects.create(form(notALead))).as("user %d", notALead)
                    .isInstanceOf(ValidationException.class).hasMessageContaining("project.error.lead");
        }
        long lead = userId(TestUsers.HSO_LEAD);
        assertThat(projects.create(form(lead)).leadName()).isEqualTo("Lars Hansen");
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private static ProjectForm form(long lead) {
        return new ProjectForm("L-" + UUID.randomUUID().toString().substring(0, 8), "Prosjekt med leder", "",
                Category.MTU, lead, Set.of(), null);
    }
}
