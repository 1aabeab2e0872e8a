package no.samspill.steeringgroup;

import java.time.Instant;
import java.time.LocalDate;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting's "add to agenda" picker is paged and searched in SQL, and leaves out what it may not offer. */
@SamspillSpringTest
class AgendaOptionsTest extends SteeringListsTest {

    @Test
    void the_picker_pages_newest_first_and_leaves_out_the_papers_already_on_the_agenda() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        PaperView old = papers.create(groupId, paper("Fjorårets sak", LocalDate.of(2025, 3, 1), false, null));
        for (int i = 0; i < 3; i++) {
            papers.create(groupId, paper("Sak " + i, LocalDate.of(2026, 11, 20), false, null));
        }
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-01T09:00:00Z"), "Teams");
        assertThat(meetings.countAgendaOptions(m.id(), "")).isEqualTo(4);
        assertThat(meetings.agendaOptions(m.id(), "", 0, 2)).extracting(PaperSummary::number)
                .containsExactly("3/26", "2/26");
        assertThat(meetings.agendaOptions(m.id(), "", 2, 2)).extracting(PaperSummary::number)
                .containsExactly("1/26", "1/25");
        assertThat(meetings.agendaOptions(m.id(), "", 4, 2)).isEmpty();

        meetings.placeOnAgenda(m.id(), old.id());
        assertThat(meetings.agendaOptions(m.id(), "", 0, 10)).extracting(PaperSummary::number)
                .containsExactly("3/26", "2/26", "1/26");
        assertThat(meetings.countAgendaOptions(m.id(), "")).isEqualTo(3);
        // another meeting's agenda still offers it
        MeetingDetails next = meetings.plan(groupId, Instant.parse("2026-12-08T09:00:00Z"), "Teams");
        assertThat(meetings.agendaOptions(next.id(), "", 0, 10)).extracting(PaperSummary::id).contains(old.id());
    }

    @Test
    void the_picker_matches_what_is_typed_against_the_title_or_the_number() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        papers.create(groupId, paper("Budsjett 2027", LocalDate.of(2026, 11, 20), false, null));
        papers.create(groupId, paper("Strategi for senger", LocalDate.of(2026, 11, 21), false, null));
        papers.create(groupId, paper("Ny STRATEGI", LocalDate.of(2025, 5, 1), false, null));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-01T09:00:00Z"), "Teams");
        assertThat(meetings.agendaOptions(m.id(), "strategi", 0, 10)).extracting(PaperSummary::title)
                .containsExactly("Strategi for senger", "Ny STRATEGI");
        assertThat(meetings.countAgendaOptions(m.id(), "strategi")).isEqualTo(2);
        assertThat(meetings.agendaOptions(m.id(), "2/26", 0, 10)).extracting(PaperSummary::title)
                .containsExactly("Strategi for senger");
        assertThat(meetings.agendaOptions(m.id(), "/25", 0, 10)).extracting(PaperSummary::number)
                .containsExactly("1/25");
        // a wildcard typed is matched as itself
        assertThat(meetings.agendaOptions(m.id(), "%", 0, 10)).isEmpty();
        assertThat(meetings.countAgendaOptions(m.id(), "%")).isZero();
    }

    @Test
    void an_admin_who_is_no_member_is_offered_no_exempt_paper_and_a_member_is() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        PaperView exempt = papers.create(groupId, paper("Forhandlingsstrategi", LocalDate.of(2026, 11, 20), true,
                null));
        PaperView open = papers.create(groupId, paper("Åpen sak", LocalDate.of(2026, 11, 21), false, null));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-01T09:00:00Z"), "Teams");
        assertThat(meetings.agendaOptions(m.id(), "", 0, 10)).extracting(PaperSummary::id)
                .containsExactly(open.id(), exempt.id());
        assertThat(meetings.agendaOptions(m.id(), "", 0, 10)).filteredOn(s -> s.id() == exempt.id()).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Forhandlingsstrategi"));

        users.login(TestUsers.SKI_ADMIN);
        assertThat(meetings.agendaOptions(m.id(), "", 0, 10)).extracting(PaperSummary::id)
                .containsExactly(open.id());
        assertThat(meetings.countAgendaOptions(m.id(), "")).isEqualTo(1);
        // not even by its number
        assertThat(meetings.agendaOptions(m.id(), exempt.number(), 0, 10)).isEmpty();
    }

    @Test
    void another_tenants_admin_gets_no_options_and_no_count() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        papers.create(groupId, paper("Intern sak", LocalDate.of(2026, 11, 20), false, null));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-01T09:00:00Z"), "Teams");
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> meetings.agendaOptions(m.id(), "", 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.countAgendaOptions(m.id(), "")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.agendaOptions(Long.MAX_VALUE, "", 0, 10))
                .isInstanceOf(NotFoundException.class);
    }

    /** A fresh group of Sykehusinnkjøp: its admin (no member) sets it up, Lars Hansen is its secretary. */
}
