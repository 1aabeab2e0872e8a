package no.samspill.steeringgroup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The group's meeting list is paged in SQL, newest first, each meeting's papers counted in the same query. */
@SamspillSpringTest
class PagedMeetingsTest extends SteeringListsTest {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void pages_come_newest_first_with_their_papers_counted_and_together_are_the_whole_list() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        // planned out of order, so the order is the meetings' time, not the order of planning
        MeetingDetails second = meetings.plan(groupId, START.plus(Duration.ofDays(14)), "Teams");
        MeetingDetails first = meetings.plan(groupId, START, "Oslo");
        MeetingDetails third = meetings.plan(groupId, START.plus(Duration.ofDays(28)), "Bergen");
        // two at the same time: the later planned first
        MeetingDetails sameTime = meetings.plan(groupId, START, "Trondheim");
        PaperView a = papers.create(groupId, paper("Sak A", LocalDate.of(2026, 1, 1), false, null));
        PaperView b = papers.create(groupId, paper("Sak B", LocalDate.of(2026, 1, 2), false, null));
        meetings.placeOnAgenda(second.id(), a.id());
        meetings.placeOnAgenda(second.id(), b.id());
        meetings.placeOnAgenda(third.id(), a.id());

        assertThat(meetings.countMeetings(groupId)).isEqualTo(4);
        assertThat(meetings.meetings(groupId, 0, 2)).extracting(MeetingSummary::id)
                .containsExactly(third.id(), second.id());
        assertThat(meetings.meetings(groupId, 2, 2)).extracting(MeetingSummary::id)
                .containsExactly(sameTime.id(), first.id());
        assertThat(meetings.meetings(groupId, 4, 2)).isEmpty();
        List<MeetingSummary> pieced = new ArrayList<>(meetings.meetings(groupId, 0, 3));
        pieced.addAll(meetings.meetings(groupId, 3, 3));
        assertThat(pieced).isEqualTo(meetings.meetings(groupId));
        assertThat(pieced).extracting(MeetingSummary::papers).containsExactly(1, 2, 0, 0);
        assertThat(pieced).extracting(MeetingSummary::packages).containsOnly(0);
        assertThat(pieced.getFirst()).satisfies(m -> {
            assertThat(m.place()).isEqualTo("Bergen");
            assertThat(m.startsAt()).isEqualTo(START.plus(Duration.ofDays(28)));
            assertThat(m.minutesApproved()).isFalse();
        });
        // the page's first draw: all four, counted without a count of its own
        assertThat(pages.page(groupId).meetings()).satisfies(page -> {
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.first()).isEqualTo(pieced);
        });
        assertThat(meetings.firstMeetings(groupId)).isEqualTo(pages.page(groupId).meetings());
    }

    @Test
    void the_first_page_holds_a_page_of_meetings_and_counts_them_all() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        int n = SteeringRules.MEETING_PAGE + 2;
        for (int i = 0; i < n; i++) {
            meetings.plan(groupId, START.plus(Duration.ofDays(i)), "Møte " + i);
        }
        MeetingPage first = meetings.firstMeetings(groupId);
        assertThat(first.total()).isEqualTo(n);
        assertThat(first.first()).hasSize(SteeringRules.MEETING_PAGE).first()
                .satisfies(m -> assertThat(m.place()).isEqualTo("Møte " + (n - 1)));
        assertThat(meetings.meetings(groupId, SteeringRules.MEETING_PAGE, SteeringRules.MEETING_PAGE))
                .extracting(MeetingSummary::place).containsExactly("Møte 1", "Møte 0");
    }

    @Test
    void another_tenants_admin_reads_no_page_and_no_count_of_the_groups_meetings() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        meetings.plan(groupId, START, "Teams");
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> meetings.meetings(groupId, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.countMeetings(groupId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.firstMeetings(groupId)).isInstanceOf(NotFoundException.class);
    }

    /** A fresh group of Sykehusinnkjøp: its admin (no member) sets it up, Lars Hansen is its secretary. */
}
