package no.samspill.steeringgroup;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import no.samspill.platform.Mandate;
import no.samspill.platform.text.Formats;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14: a decision's date lies on or after its meeting and not in the future (a decision of 2020 was accepted for
 * a meeting of 2026 and then opened the project's gate), and minutes are approved only for a meeting that was held.
 * Days are the tenant's.
 */
class DecisionDatesTest extends KaribuTest {

    @Autowired
    SteeringGroupService groups;
    @Autowired
    CasePaperService papers;
    @Autowired
    SteeringMeetingService meetings;

    @Test
    void a_decision_dated_before_its_meeting_or_after_today_is_refused_and_one_in_between_is_recorded() {
        Setup s = meetingWithPaper(7);
        LocalDate held = s.held();
        assertThatThrownBy(() -> meetings.decide(s.meeting(), s.paper(), null, decision(LocalDate.of(2020, 1, 1))))
                .hasMessageContaining("steering.decision.error.date-before-meeting");
        assertThatThrownBy(() -> meetings.decide(s.meeting(), s.paper(), null, decision(held.minusDays(1))))
                .hasMessageContaining("steering.decision.error.date-before-meeting");
        assertThatThrownBy(() -> meetings.decide(s.meeting(), s.paper(), null, decision(groups.today().plusDays(1))))
                .hasMessageContaining("steering.decision.error.date-in-future");
        assertThat(meetings.details(s.meeting()).decisions()).isEmpty();

        MeetingDetails decided = meetings.decide(s.meeting(), s.paper(), null, decision(held));
        assertThat(decided.decisions()).singleElement().satisfies(d -> assertThat(d.decidedOn()).isEqualTo(held));
    }

    @Test
    void a_meeting_still_to_come_takes_no_decision_and_its_minutes_cannot_be_approved() {
        Setup s = meetingWithPaper(-2);
        assertThatThrownBy(() -> meetings.decide(s.meeting(), s.paper(), null, decision(s.held())))
                .hasMessageContaining("steering.decision.error.date-in-future");
        assertThatThrownBy(() -> meetings.approveMinutes(s.meeting(), meetings.details(s.meeting()).version()))
                .hasMessageContaining("steering.meeting.error.not-held");
    }

    @Test
    void a_steering_mandate_approved_on_a_day_still_to_come_is_refused() {
        users.login(TestUsers.SKI_ADMIN);
        LocalDate tomorrow = groups.today().plusDays(1);
        assertThatThrownBy(() -> groups.create("Styringsgruppe " + UUID.randomUUID(),
                new Mandate("Følger opp avtalene.", "Styret", "Styre", tomorrow, null, null)))
                .hasMessageContaining("steering.error.approved-on");
    }

    @Test
    void the_decision_dialog_starts_at_the_meetings_date_and_shows_a_refused_date_on_the_date_field() {
        Setup s = meetingWithPaper(3);
        users.login(TestUsers.HSO_LEAD, "Sykehusinnkjøp HF");
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("steering/meetings/" + s.meeting());
        @SuppressWarnings("unchecked")
        Grid<PaperSummary> agenda = _get(Grid.class, q -> q.withId("meeting-agenda"));
        _click((Button) _getCellComponent(agenda, 0, "decide"));
        DatePicker date = _get(DatePicker.class, q -> q.withCaption(t("steering.decision.date")));
        assertThat(date.getValue()).isEqualTo(s.held());

        _setValue(date, s.held().minusDays(1));
        _click(_get(Button.class, q -> q.withId("save-decision")));

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo(t("steering.decision.error.date-before-meeting",
                Formats.date(s.held(), UI.getCurrent().getLocale())));
        assertThat(meetings.details(s.meeting()).decisions()).isEmpty();
    }

    private record Setup(long meeting, long paper, LocalDate held) {
    }

    /** A group with Lars Hansen as secretary, and a meeting {@code daysAgo} days ago (negative: to come) with a paper. */
    private Setup meetingWithPaper(int daysAgo) {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(), Mandate.none());
        long lars = groups.memberOptions().stream().filter(c -> c.email().equals(TestUsers.HSO_LEAD)).findFirst()
                .orElseThrow().userId();
        groups.addMember(g.id(), lars, SteeringRole.SECRETARY, LocalDate.of(2026, 1, 1));
        users.login(TestUsers.HSO_LEAD, "Sykehusinnkjøp HF");
        LocalDate held = groups.today().minusDays(daysAgo);
        PaperView paper = papers.create(g.id(), SteeringGroupTest.paper("Godkjenning av behovsanalyse", false, ""));
        MeetingDetails m = meetings.plan(g.id(), held.atTime(LocalTime.of(10, 0)).atZone(groups.zone()).toInstant(),
                "Teams");
        meetings.placeOnAgenda(m.id(), paper.id());
        return new Setup(m.id(), paper.id(), held);
    }

    private static DecisionForm decision(LocalDate on) {
        return new DecisionForm(null, "Behovsanalysen godkjennes.", on, "Ola Nilsen", "");
    }
}
