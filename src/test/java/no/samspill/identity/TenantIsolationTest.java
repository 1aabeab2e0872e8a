package no.samspill.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.audit.AuditRow;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.Role;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.Inbox;
import no.samspill.support.Requests;
import no.samspill.support.TestUsers;
import no.samspill.tenancy.NewTenant;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import no.samspill.tenancy.UnitSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static no.samspill.support.TestUsers.GE_USER;
import static no.samspill.support.TestUsers.HSO_ADMIN;
import static no.samspill.support.TestUsers.HSO_LEAD;
import static no.samspill.support.TestUsers.MEDTRONIC_ADMIN;
import static no.samspill.support.TestUsers.MEDTRONIC_USER;
import static no.samspill.support.TestUsers.PLATFORM_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tries to reach another tenant's users, memberships, units and audit entries through every service method. */
@SamspillSpringTest
class TenantIsolationTest {

    @Autowired
    Inbox inbox;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AuditLogService audit;
    @Autowired
    TenantService tenants;
    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void tenant_admin_lists_only_members_of_own_tenant() {
        users.login(HSO_ADMIN);
        List<MemberRow> members = userAdmin.members("", 0, 500);
        assertThat(members).extracting(MemberRow::email).contains(HSO_ADMIN, HSO_LEAD)
                .doesNotContain(MEDTRONIC_USER, MEDTRONIC_ADMIN, GE_USER);
        assertThat(userAdmin.members("medtronic", 0, 50)).isEmpty();
        assertThat(userAdmin.countMembers("medtronic")).isZero();
    }

    @Test
    void tenant_admin_cannot_change_roles_of_another_tenants_membership() {
        MemberRow supplierUser = memberOf(MEDTRONIC_ADMIN, MEDTRONIC_USER);
        users.login(HSO_ADMIN);
        assertThatThrownBy(() -> userAdmin.changeRoles(supplierUser.membershipId(), supplierUser.version(),
                Set.of(Role.TENANT_ADMIN), null)).isInstanceOf(NotFoundException.class);
        assertThat(memberOf(MEDTRONIC_ADMIN, MEDTRONIC_USER).roles()).containsExactly(Role.SUPPLIER_USER);
    }

    @Test
    void tenant_admin_cannot_deactivate_or_reinvite_another_tenants_member() {
        MemberRow supplierUser = memberOf(MEDTRONIC_ADMIN, MEDTRONIC_USER);
        users.login(HSO_ADMIN);
        assertThatThrownBy(() -> userAdmin.setActive(supplierUser.membershipId(), supplierUser.version(), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> userAdmin.reissueInvitation(supplierUser.membershipId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(memberOf(MEDTRONIC_ADMIN, MEDTRONIC_USER).active()).isTrue();
    }

    @Test
    void tenant_admin_cannot_attach_a_unit_of_another_tenant() {
        users.login(TestUsers.RM_ADMIN);
        long danishUnit = tenants.units().getFirst().id();
        users.login(HSO_ADMIN);
        assertThat(tenants.units()).extracting(UnitSummary::id).doesNotContain(danishUnit);
        assertThatThrownBy(() -> userAdmin.invite(new InviteCommand(TestUsers.uniqueEmail("unit"), "Test Person",
                Set.of(Role.MEMBER), danishUnit, Language.NB)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("user.error.unit");
    }

    @Test
    void audit_log_shows_only_own_tenants_entries() {
        String email = TestUsers.uniqueEmail("supplier-secret");
        users.login(MEDTRONIC_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Hemmelig Person", Set.of(Role.SUPPLIER_USER), null, Language.EN));
        List<AuditRow> own = audit.search(AuditFilter.NONE, 0, 200);
        assertThat(own).anyMatch(r -> r.changes().contains(email));

        users.login(HSO_ADMIN);
        assertThat(audit.search(AuditFilter.NONE, 0, 10_000)).noneMatch(r -> r.changes().contains(email));
        assertThat(audit.count(new AuditFilter(null, "user.invited", null, null)))
                .isEqualTo(audit.search(new AuditFilter(null, "user.invited", null, null), 0, 10_000).size());
    }

    @Test
    void users_without_admin_role_cannot_read_users_or_audit() {
        for (String email : List.of(MEDTRONIC_USER, HSO_LEAD, GE_USER)) {
            users.login(email);
            assertThatThrownBy(() -> userAdmin.members("", 0, 10)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> userAdmin.inviteOptions()).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> audit.search(AuditFilter.NONE, 0, 10)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> tenants.addUnit("Ny enhet", no.samspill.tenancy.UnitKind.OTHER))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void platform_admin_creates_tenants_but_cannot_read_tenant_data() {
        users.login(PLATFORM_ADMIN);
        assertThat(tenants.search("")).hasSizeGreaterThanOrEqualTo(9);
        assertThat(tenants.search("medtr")).extracting(TenantSummary::name).containsExactly("Medtronic");
        // What is typed is matched literally: "_" and "%" are no wildcards.
        assertThat(tenants.search("_")).isEmpty();
        assertThat(tenants.search("%")).isEmpty();
        assertThatThrownBy(() -> userAdmin.members("", 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.NONE, 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tenants.units()).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void tenant_admin_cannot_create_or_list_tenants() {
        users.login(HSO_ADMIN);
        assertThatThrownBy(() -> tenants.create(new NewTenant("helse-vest", "Helse Vest RHF", TenantKind.REGION, "NO",
                ZoneId.of("Europe/Oslo"), "nb"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tenants.search("")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void nobody_can_grant_platform_admin_or_roles_of_the_other_tenant_kind() {
        users.login(HSO_ADMIN);
        assertThatThrownBy(() -> userAdmin.invite(new InviteCommand(TestUsers.uniqueEmail("esc"), "Eskalering",
                Set.of(Role.PLATFORM_ADMIN), null, Language.NB))).hasMessageContaining("user.error.role-not-allowed");
        MemberRow lead = userAdmin.members(HSO_LEAD, 0, 1).getFirst();
        assertThatThrownBy(() -> userAdmin.changeRoles(lead.membershipId(), lead.version(),
                Set.of(Role.PLATFORM_ADMIN), null)).hasMessageContaining("user.error.role-not-allowed");
        users.login(MEDTRONIC_ADMIN);
        for (Role buyerRole : List.of(Role.MEMBER, Role.PROCUREMENT_LEAD)) {
            assertThatThrownBy(() -> userAdmin.invite(new InviteCommand(TestUsers.uniqueEmail("esc"), "Eskalering",
                    Set.of(buyerRole), null, Language.EN))).hasMessageContaining("user.error.role-not-allowed");
        }
    }

    @Test
    void a_second_tenant_inviting_the_same_address_learns_neither_the_account_nor_its_name() {
        String email = TestUsers.uniqueEmail("takeover");
        users.login(HSO_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Ny Klinikker", Set.of(Role.TENANT_ADMIN), null, Language.NB));

        users.login(MEDTRONIC_ADMIN);
        InvitationResult second = userAdmin.invite(new InviteCommand(email, "Someone Else",
                Set.of(Role.SUPPLIER_USER), null, Language.NB));
        assertThat(second).isEqualTo(new InvitationResult(second.membershipId(), email));
        MemberRow row = userAdmin.members(email, 0, 1).getFirst();
        assertThat(row.displayName()).isEqualTo("Someone Else");
        assertThat(row.pending()).isTrue();
        assertThat(userAdmin.members("Klinikker", 0, 10)).as("not found by the other tenant's name").isEmpty();
        assertThat(inbox.mailsTo(email)).allSatisfy(m -> assertThat(m.getAllRecipients()).hasSize(1));
    }

    @Test
    void user_cannot_switch_into_a_tenant_without_membership() {
        users.login(MEDTRONIC_ADMIN);
        long medtronic = accounts.me().activeTenant().tenantId();
        users.login(HSO_ADMIN);
        assertThatThrownBy(() -> accounts.switchTenant(medtronic)).isInstanceOf(ForbiddenException.class);
        assertThat(accounts.me().activeTenant().tenantName()).isEqualTo("Helse Sør-Øst RHF");
    }

    @Test
    void a_deactivated_member_loses_access_at_the_next_request_even_with_a_live_session() {
        String email = TestUsers.uniqueEmail("revoked");
        users.login(HSO_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Snart Borte", Set.of(Role.MEMBER), null, Language.NB));
        TestUsers.logout();
        accounts.setPassword(inbox.token(email), "a-good-long-password", "a-good-long-password");
        users.login(email);
        SecurityContext session = SecurityContextHolder.getContext();
        assertThat(accounts.me().activeTenant().roles()).containsExactly(Role.MEMBER);

        users.login(HSO_ADMIN);
        MemberRow row = userAdmin.members(email, 0, 1).getFirst();
        userAdmin.setActive(row.membershipId(), row.version(), false);
        assertThat(audit.search(new AuditFilter(null, "user.deactivated", null, null), 0, 1).getFirst().entityId())
                .isEqualTo(String.valueOf(row.membershipId()));

        // the member's next click is a request of its own: the grants are read again there (ADR 017)
        SecurityContextHolder.setContext(session);
        Requests.inOne(() -> assertThatThrownBy(() -> accounts.me()).isInstanceOf(ForbiddenException.class));
    }

    @Test
    void anonymous_callers_are_refused() {
        TestUsers.logout();
        assertThatThrownBy(() -> userAdmin.members("", 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> audit.latest(5)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(ForbiddenException.class);
    }

    private MemberRow memberOf(String adminEmail, String memberEmail) {
        users.login(adminEmail);
        MemberRow row = userAdmin.members(memberEmail, 0, 1).getFirst();
        TestUsers.logout();
        return row;
    }
}
