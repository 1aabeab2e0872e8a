package no.samspill.actionplan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.support.MutableClock;
import no.samspill.support.NoticeRows;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.samspill.support.NoticeRows.recipients;
import static org.assertj.core.api.Assertions.assertThat;

/** An item's responsible, when a user of the plan's tenant, hears of the assignment, the month's end and the delay. */
@SamspillSpringTest
class ActionPlanNoticesTest {

    static final String LARS = TestUsers.HSO_LEAD;
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    ActionPlanService plans;
    @Autowired
    ItemReminders reminders;
    @Autowired
    MutableClock clock;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.logout();
    }

    @Test
    void the_responsible_user_is_told_of_an_assignment_once_and_free_text_responsibles_are_not() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        String title = "Avtale for insulinpumper " + UUID.randomUUID();
        ItemRow item = plans.createItem(plan.id(), form(title, "lars hansen"), status(ItemStatus.GREEN, null));
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "action-item-assigned", item.id());
        assertThat(recipients(rows)).containsExactly(id(LARS));
        assertThat(rows.getFirst().args()).containsExactly(item.number().toString(), title);
        assertThat(rows.getFirst().route()).isEqualTo("action-plans/items/" + item.id());

        // the same responsible again (by e-mail this time) is no news; a team is nobody to tell
        ItemRow same = plans.updateItem(item.id(), item.version(), form(title, LARS));
        ItemRow team = plans.createItem(plan.id(), form("Utredning " + UUID.randomUUID(), "Porteføljekontoret"),
                status(ItemStatus.GREEN, null));
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, "action-item-assigned", item.id())).hasSize(1);
        assertThat(NoticeRows.of(jdbc, "action-item-assigned", team.id())).isEmpty();
        assertThat(same.responsible()).isEqualTo(LARS);
    }

    @Test
    void in_the_last_days_of_the_expected_month_the_responsible_is_reminded_once_and_a_done_item_is_skipped() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        YearMonth month = YearMonth.from(LocalDate.now(clock.withZone(OSLO))).plusMonths(3);
        ItemRow open = plans.createItem(plan.id(), form("Innføring " + UUID.randomUUID(), LARS),
                status(ItemStatus.GREEN, month));
        ItemRow done = plans.createItem(plan.id(), form("Avsluttet " + UUID.randomUUID(), LARS),
                status(ItemStatus.DONE, month));
        TestUsers.logout();
        moveTo(month.atEndOfMonth().minusDays(2));
        reminders.remind();
        List<NoticeRows.Row> ending = NoticeRows.await(jdbc, "action-item-month-ending", open.id());
        assertThat(recipients(ending)).containsExactly(id(LARS));
        moveTo(month.atEndOfMonth());
        reminders.remind();
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, "action-item-month-ending", open.id())).hasSize(1);
        assertThat(NoticeRows.of(jdbc, "action-item-month-ending", done.id())).isEmpty();
    }

    @Test
    void once_the_expected_month_has_passed_the_responsible_is_told_once_that_the_item_is_overdue_and_a_done_item_is_not() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Plan " + UUID.randomUUID(), "");
        YearMonth month = YearMonth.from(LocalDate.now(clock.withZone(OSLO))).plusMonths(2);
        ItemRow open = plans.createItem(plan.id(), form("Kartlegging " + UUID.randomUUID(), LARS),
                status(ItemStatus.YELLOW, month));
        ItemRow done = plans.createItem(plan.id(), form("Ferdig " + UUID.randomUUID(), LARS),
                status(ItemStatus.DONE, month));
        TestUsers.logout();

        moveTo(month.atEndOfMonth().minusDays(5));
        reminders.remind();
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, "action-item-month-ending", open.id())).as("not yet").isEmpty();

        moveTo(month.atEndOfMonth().minusDays(1));
        reminders.remind();
        List<NoticeRows.Row> ending = NoticeRows.await(jdbc, "action-item-month-ending", open.id());
        assertThat(recipients(ending)).containsExactly(id(LARS));
        assertThat(ending.getFirst().args()).containsExactly(open.number().toString(), open.title(),
                month.toString());
        reminders.remind();

        moveTo(month.plusMonths(1).atDay(2));
        reminders.remind();
        List<NoticeRows.Row> overdue = NoticeRows.await(jdbc, "action-item-overdue", open.id());
        assertThat(recipients(overdue)).containsExactly(id(LARS));
        moveTo(month.plusMonths(1).atDay(3));
        reminders.remind();
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, "action-item-month-ending", open.id())).hasSize(1);
        assertThat(NoticeRows.of(jdbc, "action-item-overdue", open.id())).as("overdue is told once").hasSize(1);
        assertThat(NoticeRows.of(jdbc, "action-item-overdue", done.id())).isEmpty();
        assertThat(NoticeRows.of(jdbc, "action-item-month-ending", done.id())).isEmpty();
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(12, 0).atZone(OSLO).toInstant()));
    }

    private static ItemForm form(String title, String responsible) {
        return new ItemForm("A1", title, "", "", responsible, null, Set.of());
    }

    private static StatusUpdate status(ItemStatus status, YearMonth expected) {
        return new StatusUpdate(status, "", expected);
    }

    private long id(String email) {
        return NoticeRows.userId(jdbc, email);
    }
}
