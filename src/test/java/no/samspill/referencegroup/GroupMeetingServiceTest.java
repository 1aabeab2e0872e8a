package no.samspill.referencegroup;

import no.samspill.platform.Mandate;
import no.samspill.platform.i18n.ValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.ui.Card;
import no.samspill.procurement.Category;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupMeetingServiceTest extends KaribuTest {

    private static final Mandate EMPTY = new Mandate("", "", "", null, null, null);

    @Autowired
    GroupService groups;
    @Autowired
    GroupMeetingService meetings;

    @Test
    void the_demo_council_has_minutes_with_attendance() {
        users.login(TestUsers.HSO_MEMBER);
        long council = groups.groups("", 0, 500).stream().filter(g -> g.name().equals("Produktråd behandlingshjelpemidler (BHM)")).findFirst()
                .orElseThrow().id();
        assertThat(meetings.meetings(council)).hasSize(2).last().satisfies(m -> {
            assertThat(m.minutes()).contains("mangler representant");
            assertThat(m.attendees()).containsExactly("Jonas Lie", "Kari Nordmann", "Lars Hansen");
        });
    }

    @Test
    void minutes_record_members_only_and_a_stale_edit_keeps_the_saved_text() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = group();
        long kari = member(g, TestUsers.HSO_MEMBER);
        MeetingRow m = meetings.plan(g.id(), LocalDate.of(2026, 12, 1), "Møte 1", "Agenda");
        assertThatThrownBy(() -> meetings.plan(g.id(), LocalDate.of(2026, 12, 1), "x", ""))
                .hasMessageContaining("group.meeting.error.title");
        long outsider = groups.memberOptions().stream().filter(c -> c.email().equals(TestUsers.HSO_ADMIN))
                .findFirst().orElseThrow().userId();
        assertThatThrownBy(() -> meetings.record(m.id(), m.version(), "Referat", Set.of(kari, outsider)))
                .hasMessageContaining("group.meeting.error.attendee");
        MeetingRow saved = meetings.record(m.id(), m.version(), "Referat", Set.of(kari));
        assertThat(saved.attendees()).containsExactly("Kari Nordmann");
        assertThatThrownBy(() -> meetings.record(m.id(), m.version(), "Annet", Set.of()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(meetings.meetings(g.id())).singleElement().extracting(MeetingRow::minutes).isEqualTo("Referat");
        assertThatThrownBy(() -> meetings.record(m.id(), saved.version(), "x".repeat(20_001), Set.of()))
                .hasMessageContaining("group.meeting.error.text");
    }

    @Test
    void members_read_minutes_but_only_the_lead_or_chair_writes_them_and_outsiders_see_nothing() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = group();
        member(g, TestUsers.HSO_MEMBER);
        MeetingRow m = meetings.plan(g.id(), LocalDate.of(2026, 12, 1), "Møte", "Agenda");
        users.login(TestUsers.HSO_MEMBER);
        assertThat(meetings.meetings(g.id())).hasSize(1);
        assertThatThrownBy(() -> meetings.plan(g.id(), LocalDate.of(2026, 12, 2), "Eget møte", ""))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.record(m.id(), m.version(), "Mitt referat", Set.of()))
                .isInstanceOf(ForbiddenException.class);
        users.login(TestUsers.SKI_ADMIN);
        assertThatThrownBy(() -> meetings.meetings(g.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.record(m.id(), m.version(), "x", Set.of()))
                .isInstanceOf(NotFoundException.class);
        users.login(TestUsers.GE_USER);
        assertThatThrownBy(() -> meetings.meetings(g.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.record(m.id(), m.version(), "x", Set.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_former_member_reads_the_meetings_up_to_leaving_but_not_later_ones() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = group();
        member(g, TestUsers.HSO_MEMBER);
        meetings.plan(g.id(), LocalDate.of(2026, 3, 1), "Før", "");
        meetings.plan(g.id(), LocalDate.of(2026, 9, 1), "Etter", "");
        MemberRow kari = groups.details(g.id()).members().getFirst();
        groups.endMembership(kari.id(), kari.version(), LocalDate.of(2026, 6, 30));
        users.login(TestUsers.HSO_MEMBER);
        assertThat(meetings.meetings(g.id())).extracting(MeetingRow::title).containsExactly("Før");
        users.login(TestUsers.HSO_LEAD);
        assertThat(meetings.meetings(g.id())).extracting(MeetingRow::title).containsExactly("Etter", "Før");
    }

    @Test
    void minutes_of_a_meeting_still_to_come_are_refused_with_its_date() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = group();
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(1);
        MeetingRow m = meetings.plan(g.id(), tomorrow, "Neste møte", "Agenda");
        assertThatThrownBy(() -> meetings.record(m.id(), m.version(), "Skrevet på forhånd", Set.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("group.meeting.error.not-held");
                    assertThat(e.args()).containsExactly(tomorrow);
                });
        assertThat(meetings.meetings(g.id())).singleElement().satisfies(r -> assertThat(r.minutes()).isEmpty());
    }

    @Test
    void a_mandate_approved_on_a_day_still_to_come_is_refused_and_one_approved_today_is_kept() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = group();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        assertThatThrownBy(() -> groups.updateMandate(g.id(), g.version(),
                new Mandate("Formål", "Styret", "", today.plusDays(1), null, null)))
                .hasMessageContaining("group.error.approved-on");
        assertThat(groups.updateMandate(g.id(), g.version(), new Mandate("Formål", "Styret", "", today, null, null))
                .mandate().approvedOn()).isEqualTo(today);
    }

    @Test
    void the_lead_plans_a_meeting_and_writes_its_minutes_on_the_group_page() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = group();
        loginAndOpen(TestUsers.HSO_LEAD, "groups/" + g.id());
        _click(_get(Button.class, s -> s.withId("new-meeting")));
        _setValue(_get(TextField.class, s -> s.withId("meeting-title")), "Første møte");
        _click(_get(Button.class, s -> s.withId("save-meeting")));
        // No date: refused, and the dialog keeps the title.
        assertThat(_get(TextField.class, s -> s.withId("meeting-title")).getValue()).isEqualTo("Første møte");
        _setValue(_get(DatePicker.class, s -> s.withCaption("Dato")), LocalDate.of(2026, 12, 3));
        _click(_get(Button.class, s -> s.withId("save-meeting")));
        assertThat(_find(Details.class)).singleElement().extracting(Details::getSummaryText)
                .asString().endsWith("Første møte");
        long id = meetings.meetings(g.id()).getFirst().id();
        _click(_get(Button.class, s -> s.withId("record-" + id)));
        _setValue(_get(TextArea.class, s -> s.withId("meeting-minutes")), "Vi ble enige om neste steg.");
        _click(_get(Button.class, s -> s.withId("save-minutes")));
        assertThat(meetings.meetings(g.id()).getFirst().minutes()).isEqualTo("Vi ble enige om neste steg.");
    }

    @Test
    void the_dashboard_lists_my_groups_with_the_next_meeting() {
        users.login(TestUsers.HSO_MEMBER);
        assertThat(meetings.mine()).filteredOn(g -> g.name().equals("Produktråd behandlingshjelpemidler (BHM)"))
                .singleElement().satisfies(g -> {
                    assertThat(g.role()).isEqualTo(GroupRole.CHAIR);
                    assertThat(g.nextMeeting()).isEqualTo(LocalDate.of(2027, 1, 20));
                });
        loginAndOpen(TestUsers.HSO_MEMBER, "");
        assertThat(_get(Card.class, s -> s.withId("my-groups")).getElement().getTextRecursively())
                .contains("Produktråd behandlingshjelpemidler (BHM)", "Leder");
        users.login(TestUsers.MEDTRONIC_ADMIN);
        assertThat(meetings.mine()).isEmpty();
        loginAndOpen(TestUsers.MEDTRONIC_ADMIN, "");
        assertThat(_find(Card.class, s -> s.withId("my-groups"))).isEmpty();
    }

    private GroupDetails group() {
        return groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Møtegruppe " + UUID.randomUUID(), null,
                Category.ICT, false, EMPTY));
    }

    private long member(GroupDetails g, String email) {
        long id = groups.memberOptions().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow()
                .userId();
        groups.addMember(g.id(), id, null, GroupRole.MEMBER, LocalDate.of(2026, 1, 1));
        return id;
    }
}
