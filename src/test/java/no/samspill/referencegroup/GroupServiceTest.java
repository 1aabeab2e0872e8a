package no.samspill.referencegroup;

import no.samspill.platform.Mandate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.procurement.Category;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.UnitKind;
import no.samspill.tenancy.UnitSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static no.samspill.support.Views.assertNavigationDenied;
import static no.samspill.support.Views.heading;
import static no.samspill.support.Views.selectTab;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupServiceTest extends KaribuTest {

    private static final Mandate EMPTY = new Mandate("", "", "", null, null, null);

    @Autowired
    GroupService groups;

    @Autowired
    TenantService tenants;

    @Test
    void the_demo_groups_show_which_health_trusts_have_no_representative() {
        // A department is no health trust: a product council does not need a representative of it.
        users.login(TestUsers.HSO_ADMIN);
        if (tenants.units().stream().noneMatch(u -> u.name().equals("Innkjøpsavdelingen"))) {
            tenants.addUnit("Innkjøpsavdelingen", UnitKind.DEPARTMENT);
        }
        users.login(TestUsers.HSO_LEAD);
        GroupDetails council = groups.details(find("Produktråd behandlingshjelpemidler (BHM)"));
        assertThat(council.missingUnits()).containsExactlyInAnyOrder("Sykehuset Østfold HF", "Vestre Viken HF",
                "Sykehuset i Vestfold HF", "Sykehuset Telemark HF");
        assertThat(council.members()).hasSize(5).filteredOn(m -> m.role() == GroupRole.CHAIR)
                .extracting(MemberRow::unitName).containsExactly("Oslo universitetssykehus HF");
        GroupDetails reference = groups.details(find("Referansegruppe insulinpumper og CGM"));
        assertThat(reference.missingUnits()).containsExactly("Vestre Viken HF");
        assertThat(reference.scope()).startsWith("2026/0142");
    }

    @Test
    void a_member_who_joins_later_does_not_close_the_gap_yet() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = council("Råd " + UUID.randomUUID());
        g = groups.addMember(g.id(), user(TestUsers.HSO_MEMBER), unit("Oslo universitetssykehus HF"),
                GroupRole.MEMBER, groups.today().plusDays(7));
        assertThat(g.missingUnits()).contains("Oslo universitetssykehus HF");
    }

    @Test
    void a_member_joins_within_the_mandate_period_only() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Råd " + UUID.randomUUID(), null,
                Category.BHM, true, new Mandate("Formål", "", "", null, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31))));
        long groupId = g.id();
        long kari = user(TestUsers.HSO_MEMBER);
        assertThatThrownBy(() -> groups.addMember(groupId, kari, null, GroupRole.MEMBER, LocalDate.of(2025, 12, 31)))
                .hasMessageContaining("group.error.joined-outside-mandate");
        assertThatThrownBy(() -> groups.addMember(groupId, kari, null, GroupRole.MEMBER, LocalDate.of(2028, 1, 1)))
                .hasMessageContaining("group.error.joined-outside-mandate");
        assertThat(groups.addMember(groupId, kari, null, GroupRole.MEMBER, LocalDate.of(2026, 1, 1)).members())
                .hasSize(1);
    }

    @Test
    void ending_a_membership_keeps_the_history_and_reopens_the_gap() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = council("Råd " + UUID.randomUUID());
        g = groups.addMember(g.id(), user(TestUsers.HSO_MEMBER), unit("Oslo universitetssykehus HF"),
                GroupRole.MEMBER, LocalDate.of(2026, 1, 5));
        assertThat(g.missingUnits()).doesNotContain("Oslo universitetssykehus HF");
        MemberRow kari = g.members().getFirst();
        long groupId = g.id();
        assertThatThrownBy(() -> groups.addMember(groupId, user(TestUsers.HSO_MEMBER), null, GroupRole.MEMBER,
                LocalDate.of(2026, 2, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("group.error.already-member");
        assertThatThrownBy(() -> groups.endMembership(kari.id(), kari.version(), LocalDate.of(2025, 12, 31)))
                .hasMessageContaining("group.error.left-on");
        assertThatThrownBy(() -> groups.endMembership(kari.id(), kari.version(), groups.today().plusDays(1)))
                .hasMessageContaining("group.error.left-on");
        g = groups.endMembership(kari.id(), kari.version(), LocalDate.of(2026, 6, 30));
        assertThat(g.members()).singleElement().satisfies(m -> assertThat(m.leftOn()).isEqualTo(LocalDate.of(2026,
                6, 30)));
        assertThat(g.missingUnits()).contains("Oslo universitetssykehus HF");
        assertThatThrownBy(() -> groups.endMembership(kari.id(), kari.version(), LocalDate.of(2026, 7, 1)))
                .isInstanceOf(ConcurrentEditException.class);
        // Kari may join again later; the former membership stays as history.
        g = groups.addMember(groupId, user(TestUsers.HSO_MEMBER), null, GroupRole.MEMBER, LocalDate.of(2026, 9, 1));
        assertThat(g.members()).hasSize(2);
    }

    @Test
    void a_new_group_is_checked_before_it_is_saved() {
        users.login(TestUsers.HSO_LEAD);
        String name = "Gruppe " + UUID.randomUUID();
        council(name);
        assertThatThrownBy(() -> council(name.toUpperCase())).hasMessageContaining("group.error.name-taken");
        assertThatThrownBy(() -> groups.create(new GroupForm(GroupKind.REFERENCE_GROUP, "Uten prosjekt", null, null,
                false, EMPTY))).hasMessageContaining("group.error.project");
        assertThatThrownBy(() -> groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Uten kategori", null, null,
                false, EMPTY))).hasMessageContaining("group.error.category");
        assertThatThrownBy(() -> groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Baklengs", null,
                Category.MTU, false, new Mandate("", "", "", null, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1))))).hasMessageContaining("group.error.period");
        assertThatThrownBy(() -> council("ab")).hasMessageContaining("group.error.name");
        assertThat(groups.groups("", 0, 500)).extracting(GroupSummary::name).doesNotContain("Uten prosjekt", "Baklengs");
    }

    @Test
    void a_stale_mandate_edit_is_refused_and_the_saved_one_kept() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = council("Mandat " + UUID.randomUUID());
        Mandate first = new Mandate("Første formål", "Fagdirektør", "Direktør", LocalDate.of(2026, 1, 1), null, null);
        groups.updateMandate(g.id(), g.version(), first);
        assertThatThrownBy(() -> groups.updateMandate(g.id(), g.version(), EMPTY))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(groups.details(g.id()).mandate()).isEqualTo(first);
    }

    @Test
    void members_see_only_their_groups_and_only_the_chair_manages() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails mine = council("Kari leder " + UUID.randomUUID());
        groups.addMember(mine.id(), user(TestUsers.HSO_MEMBER), null, GroupRole.CHAIR, LocalDate.of(2026, 1, 1));
        GroupDetails other = council("Uten Kari " + UUID.randomUUID());

        users.login(TestUsers.HSO_MEMBER);
        assertThat(groups.groups("", 0, 500)).extracting(GroupSummary::name).contains(mine.name()).doesNotContain(other.name());
        assertThatThrownBy(() -> groups.details(other.id())).isInstanceOf(NotFoundException.class);
        assertThat(groups.details(mine.id()).canManage()).isTrue();
        assertThat(groups.canCreate()).isFalse();
        long ahus = user("klinikker.ahus@helse-sorost.demo");
        GroupDetails withAhus = groups.addMember(mine.id(), ahus, null, GroupRole.MEMBER, LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Eget råd", null,
                Category.BHM, true, EMPTY))).isInstanceOf(ForbiddenException.class);

        users.login("klinikker.ahus@helse-sorost.demo");
        assertThat(groups.details(mine.id()).canManage()).isFalse();
        // The representation check is for the lead and the chair; a plain member does not get it from the service.
        assertThat(groups.details(mine.id()).missingUnits()).isEmpty();
        assertThat(groups.groups("", 0, 500)).filteredOn(x -> x.id() == mine.id()).singleElement()
                .extracting(GroupSummary::missingUnits).isEqualTo(0);
        MemberRow self = withAhus.members().stream().filter(m -> m.userId() == ahus).findFirst().orElseThrow();
        assertThatThrownBy(() -> groups.endMembership(self.id(), self.version(), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void other_tenants_and_suppliers_never_reach_a_group() {
        users.login(TestUsers.HSO_LEAD);
        long id = find("Produktråd behandlingshjelpemidler (BHM)");
        for (String outsider : new String[] {TestUsers.SKI_ADMIN, TestUsers.RM_ADMIN}) {
            users.login(outsider);
            assertThat(groups.groups("", 0, 500)).extracting(GroupSummary::id).doesNotContain(id);
            assertThatThrownBy(() -> groups.details(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> groups.updateMandate(id, 0, EMPTY)).isInstanceOf(NotFoundException.class);
        }
        users.login(TestUsers.MEDTRONIC_USER);
        assertThatThrownBy(() -> groups.groups("", 0, 500)).isInstanceOf(ForbiddenException.class);
        // A supplier's tenant admin has the admin role, but groups belong to buyers only.
        users.login(TestUsers.MEDTRONIC_ADMIN);
        assertThat(groups.canCreate()).isFalse();
        assertThatThrownBy(() -> groups.groups("", 0, 500)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Leverandørråd", null,
                Category.MTU, true, EMPTY))).isInstanceOf(ForbiddenException.class);
        // the list is refused for the role; one group is not found, so its existence stays unknown
        assertThatThrownBy(() -> groups.details(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> groups.updateMandate(id, 0, EMPTY)).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.SKI_ADMIN);
        long skiUser = user(TestUsers.SKI_ADMIN);
        users.login(TestUsers.HSO_LEAD);
        // A user of another tenant cannot be added as a member.
        assertThatThrownBy(() -> groups.addMember(id, skiUser, null, GroupRole.MEMBER, LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("group.error.user");
    }

    @Test
    void the_views_list_groups_create_one_and_show_the_gap() {
        loginAndOpen(TestUsers.HSO_LEAD, "groups");
        assertThat(heading()).isEqualTo("Referansegrupper og produktråd");
        assertThat(_size(_get(Grid.class))).isGreaterThanOrEqualTo(2);
        _click(_get(Button.class, s -> s.withId("new-group")));
        String name = "Ny referansegruppe " + UUID.randomUUID();
        _setValue(_get(TextField.class, s -> s.withId("group-name")), name);
        _click(_get(Button.class, s -> s.withId("save-group")));
        // A reference group without a project is refused and the dialog stays open with the name.
        assertThat(_get(TextField.class, s -> s.withId("group-name")).getValue()).isEqualTo(name);

        // A fresh group for the project, so the demo group stays as seeded for the other tests.
        long projectId = groups.details(find("Referansegruppe insulinpumper og CGM")).projectId();
        GroupDetails fresh = groups.create(new GroupForm(GroupKind.REFERENCE_GROUP, "Ny " + UUID.randomUUID(),
                projectId, null, false, EMPTY));
        loginAndOpen(TestUsers.HSO_LEAD, "groups/" + fresh.id());
        assertThat(_get(Paragraph.class, s -> s.withId("group-coverage")).getText()).contains("Vestre Viken HF");
        _click(_get(Button.class, s -> s.withId("add-member")));
        @SuppressWarnings("unchecked")
        ComboBox<Candidate> person = _get(ComboBox.class, s -> s.withId("member-person"));
        person.setValue(groups.candidates(fresh.id(), TestUsers.HSO_ADMIN, 0, 10).stream().filter(c -> c.email().equals(TestUsers.HSO_ADMIN))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<UnitSummary> unit = _get(ComboBox.class, s -> s.withId("member-unit"));
        // the units offered are those of the chosen person's organisation
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.name().equals("Vestre Viken HF")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("save-member")));
        assertThat(_get(Paragraph.class, s -> s.withId("group-coverage")).getText()).doesNotContain("Vestre Viken HF")
                .contains("Oslo universitetssykehus HF");
        assertThat(groups.details(fresh.id()).members()).filteredOn(MemberRow::active).extracting(MemberRow::unitName)
                .containsExactly("Vestre Viken HF");
    }

    @Test
    void the_project_page_lists_its_groups_and_members_do_not_get_the_warning() {
        users.login(TestUsers.HSO_LEAD);
        long reference = find("Referansegruppe insulinpumper og CGM");
        long projectId = groups.details(reference).projectId();
        loginAndOpen(TestUsers.HSO_LEAD, "projects/" + projectId);
        selectTab("Referansegrupper");
        @SuppressWarnings("unchecked")
        Grid<GroupSummary> grid = _get(Grid.class, s -> s.withId("project-groups"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(1);

        loginAndOpen("klinikker.ahus@helse-sorost.demo", "groups/" + reference);
        assertThat(_find(Paragraph.class, s -> s.withId("group-coverage"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("add-member"))).isEmpty();
        loginAndOpen(TestUsers.HSO_MEMBER, "groups/" + reference);
        assertThat(_get(Paragraph.class, s -> s.withId("group-coverage")).isVisible()).isTrue();
        loginAndOpen(TestUsers.MEDTRONIC_USER, "");
        assertNavigationDenied("groups/" + reference);
        loginAndOpen(TestUsers.SKI_ADMIN, "");
        assertNavigationDenied("groups/" + reference);
    }

    private GroupDetails council(String name) {
        return groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, name, null, Category.BHM, true, EMPTY));
    }

    private long find(String name) {
        return groups.groups("", 0, 500).stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long user(String email) {
        return groups.memberOptions().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow()
                .userId();
    }

    private long unit(String name) {
        return groups.unitOptions().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }
}
