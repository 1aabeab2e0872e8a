package no.samspill.identity;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.platform.i18n.Language;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.Inbox;
import no.samspill.support.TestUsers;
import no.samspill.tenancy.NewTenant;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operator's journey: create a tenant, give it its first admin, who then finds the tenant's history. */
@SamspillSpringTest
class PlatformAdministrationTest {

    @Autowired
    Inbox inbox;
    @Autowired
    TenantService tenants;
    @Autowired
    PlatformAdminService platformAdmins;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLogService audit;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_new_tenant_gets_one_first_admin_who_sees_its_creation_in_the_audit_log() {
        users.login(TestUsers.PLATFORM_ADMIN);
        String code = "region-" + UUID.randomUUID().toString().substring(0, 6);
        TenantSummary tenant = tenants.create(new NewTenant(code, "Region " + code, TenantKind.REGION, "DK",
                ZoneId.of("Europe/Copenhagen"), "da"));
        String email = TestUsers.uniqueEmail("first-admin");
        InvitationResult invited = platformAdmins.inviteFirstAdmin(tenant.id(), email, "Første Admin", Language.DA);
        assertThat(invited.email()).isEqualTo(email);
        assertThat(Inbox.text(inbox.await(email, "Invitation til Region " + code))).startsWith("Hej Første Admin");

        TestUsers.logout();
        accounts.setPassword(inbox.token(email), "et langt kodeord", "et langt kodeord");
        users.login(TestUsers.PLATFORM_ADMIN);
        assertThatThrownBy(() -> platformAdmins.inviteFirstAdmin(tenant.id(), TestUsers.uniqueEmail("second"),
                "Anden Admin", Language.DA)).as("the first admin accepted").hasMessageContaining("tenant.error.has-admin");
        users.login(email);
        assertThat(accounts.me().activeTenant().tenantName()).isEqualTo("Region " + code);
        assertThat(audit.count(new AuditFilter(null, "tenant.created", null, null))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, "user.password-set", null, null))).isEqualTo(1);
    }

    @Test
    void inviting_the_first_admin_again_before_they_answer_is_told_as_already_invited() {
        users.login(TestUsers.PLATFORM_ADMIN);
        String code = "region-" + UUID.randomUUID().toString().substring(0, 6);
        TenantSummary tenant = tenants.create(new NewTenant(code, "Region " + code, TenantKind.REGION, "NO",
                ZoneId.of("Europe/Oslo"), "nb"));
        String email = TestUsers.uniqueEmail("first-admin-twice");
        InvitationResult first = platformAdmins.inviteFirstAdmin(tenant.id(), email, "Første Admin", Language.NB);

        InvitationResult again = platformAdmins.inviteFirstAdmin(tenant.id(), email, "Første Admin", Language.NB);

        assertThat(again.outcome()).isEqualTo(InvitationResult.Outcome.ALREADY_INVITED);
        assertThat(again.membershipId()).isEqualTo(first.membershipId());
    }

    @Test
    void tenant_input_is_validated_with_clear_messages() {
        users.login(TestUsers.PLATFORM_ADMIN);
        assertThatThrownBy(() -> tenants.create(new NewTenant("Has Spaces", "Region X", TenantKind.REGION, "NO",
                ZoneId.of("Europe/Oslo"), "nb"))).hasMessageContaining("tenant.error.code");
        assertThatThrownBy(() -> tenants.create(new NewTenant("helse-sor-ost", "Et annet navn", TenantKind.REGION,
                "NO", ZoneId.of("Europe/Oslo"), "nb"))).hasMessageContaining("tenant.error.code-taken");
        assertThatThrownBy(() -> tenants.create(new NewTenant("nytt-navn", "helse sør-øst rhf".toUpperCase(Locale.ROOT),
                TenantKind.REGION, "NO", ZoneId.of("Europe/Oslo"), "nb"))).hasMessageContaining("tenant.error.name-taken");
        assertThatThrownBy(() -> tenants.create(new NewTenant("ok-kode", "Region Y", TenantKind.REGION, "DE",
                ZoneId.of("Europe/Oslo"), "nb"))).hasMessageContaining("tenant.error.country");
    }

    @Test
    void a_new_platform_admin_gets_the_link_by_mail_and_one_with_a_password_gets_none() throws Exception {
        users.login(TestUsers.PLATFORM_ADMIN);
        String operator = TestUsers.uniqueEmail("operator");
        assertThat(platformAdmins.grant(operator, "Ny Operatør", Language.NB)).isTrue();
        var mail = inbox.await(operator, "plattformadministrator");
        assertThat(Inbox.text(mail)).contains("Ny Operatør").contains("/set-password/");
        assertThat(mail.getFrom()[0].toString()).contains("samspill");
        TestUsers.logout();
        accounts.setPassword(inbox.token(operator), "driften går som den skal", "driften går som den skal");
        users.login(TestUsers.PLATFORM_ADMIN);
        assertThat(platformAdmins.grant(operator, "Ny Operatør", Language.NB)).as("has a password: no link").isFalse();
        assertThat(inbox.mailsTo(operator)).hasSize(1);
    }
}
