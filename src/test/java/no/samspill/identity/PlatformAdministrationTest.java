package no.samspill.identity;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.support.SamspillSpringTest;
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
        assertThat(invited.link()).isNotNull();
        assertThatThrownBy(() -> platformAdmins.inviteFirstAdmin(tenant.id(), TestUsers.uniqueEmail("second"),
                "Anden Admin", Language.DA)).hasMessageContaining("tenant.error.has-admin");

        TestUsers.logout();
        accounts.setPassword(invited.token(), "et langt kodeord", "et langt kodeord");
        users.login(email);
        assertThat(accounts.me().activeTenant().tenantName()).isEqualTo("Region " + code);
        assertThat(audit.count(new AuditFilter(null, "tenant.created", null, null))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, "user.password-set", null, null))).isEqualTo(1);
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

    @Autowired
    UserAdminService userAdmin;

    @Test
    void granting_platform_admin_to_a_tenant_member_gives_no_password_link() {
        users.login(TestUsers.HSO_ADMIN);
        String member = TestUsers.uniqueEmail("member-without-password");
        userAdmin.invite(new InviteCommand(member, "Ikke Ennå", Set.of(Role.MEMBER),
                null, Language.NB));
        users.login(TestUsers.PLATFORM_ADMIN);
        assertThat(platformAdmins.grant(member, "Ikke Ennå", Language.NB).link()).isNull();
        assertThat(platformAdmins.grant(TestUsers.uniqueEmail("operator"), "Ny Operatør", Language.NB).link())
                .isNotNull();
    }
}
