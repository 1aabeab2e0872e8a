package no.samspill.impartiality;

import java.time.Duration;
import java.util.List;
import no.samspill.procurement.ProjectService;
import no.samspill.support.Inbox;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminders to those who owe a declaration: the job tells the missing and the incomplete, by notice and by mail
 * (through the outbox, to the embedded SMTP server), never those who declared, and nobody twice in a week; the lead's
 * button does the same.
 */
@SamspillSpringTest
class DeclarationRemindersTest {

    @Autowired
    ImpartialityFixture fixture;
    @Autowired
    DeclarationReminders reminders;
    @Autowired
    RegisterService registers;
    @Autowired
    ProjectService projects;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Inbox inbox;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.logout();
    }

    @Test
    void the_job_reminds_those_who_have_not_declared_by_notice_and_mail_once_a_week_and_never_the_declared() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(ImpartialityFixture.KARI, () -> fixture.sign(w.projectId(), List.of()));
        String reference = reference(w);

        assertThat(reminders.remind()).isPositive();
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "impartiality-reminder", w.projectId());
        assertThat(recipients(rows)).containsExactlyInAnyOrder(id(TestUsers.HSO_LEAD), id(ImpartialityFixture.JONAS),
                id(ImpartialityFixture.MARIT));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.route()).isEqualTo(ImpartialityRoutes.declaration(w.projectId()));
            assertThat(r.args()).containsExactly(reference);
        });
        String subject = "Påminnelse: signer habilitetserklæringen din for " + reference;
        assertThat(Inbox.subject(inbox.await(ImpartialityFixture.MARIT, subject))).isEqualTo(subject);

        // the same week: no second reminder, from the job or from the lead's button
        reminders.remind();
        fixture.as(TestUsers.HSO_LEAD, () -> assertThat(registers.remindMissing(w.projectId())).isEqualTo(3));
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, "impartiality-reminder", w.projectId())).hasSize(3);
        assertThat(inbox.mailsTo(ImpartialityFixture.MARIT)).filteredOn(m -> Inbox.subject(m).equals(subject))
                .hasSize(1);
        assertThat(inbox.mailsTo(ImpartialityFixture.KARI)).noneMatch(m -> Inbox.subject(m).equals(subject));

        // a week later, the one still missing hears again; the one who declared in between does not
        fixture.as(ImpartialityFixture.JONAS, () -> fixture.sign(w.projectId(), List.of()));
        fixture.as(TestUsers.HSO_LEAD, () -> fixture.sign(w.projectId(), List.of()));
        clock.advance(Duration.ofDays(7));
        reminders.remind();
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, "impartiality-reminder", w.projectId())).hasSize(4)
                .filteredOn(r -> r.recipient() == id(ImpartialityFixture.MARIT)).hasSize(2);
    }

    @Test
    void only_the_projects_lead_or_an_admin_may_remind_and_only_once_the_register_is_open() {
        ImpartialityFixture.World w = fixture.world(false);
        fixture.as(TestUsers.HSO_LEAD, () -> assertThatThrownBy(() -> registers.remindMissing(w.projectId()))
                .hasMessageContaining("impartiality.error.no-register"));
        fixture.as(ImpartialityFixture.KARI, () -> assertThatThrownBy(() -> registers.remindMissing(w.projectId()))
                .isInstanceOf(no.samspill.platform.i18n.ForbiddenException.class));
    }

    @Test
    void a_declared_tie_is_told_to_the_lead_and_the_decision_to_the_person_by_notice_and_mail_without_the_supplier() {
        ImpartialityFixture.World w = fixture.world(true);
        String reference = reference(w);
        fixture.as(ImpartialityFixture.JONAS, () -> fixture.signWithTie(w.projectId(), w.medtronic()));
        List<NoticeRows.Row> tie = NoticeRows.await(jdbc, "impartiality-tie", w.projectId());
        assertThat(recipients(tie)).containsExactly(id(TestUsers.HSO_LEAD));
        assertThat(tie.getFirst().args()).containsExactly(reference);
        fixture.as(TestUsers.HSO_LEAD, () -> {
            RegisterRow jonas = registers.register(w.projectId()).rows().stream()
                    .filter(r -> r.status() == DeclarationStatus.TIE_DECLARED).findFirst().orElseThrow();
            registers.decide(jonas.declarationId(), jonas.declarationVersion(), Decision.NOT_DISQUALIFIED,
                    "Ansettelsen endte for over to år siden.", java.util.Set.of());
        });
        List<NoticeRows.Row> told = NoticeRows.await(jdbc, "impartiality-decided", w.projectId());
        assertThat(recipients(told)).containsExactly(id(ImpartialityFixture.JONAS));
        String subject = "Det er tatt en avgjørelse om habilitetserklæringen din for " + reference;
        String body = Inbox.text(inbox.await(ImpartialityFixture.JONAS, subject));
        assertThat(body).contains(ImpartialityRoutes.declaration(w.projectId())).doesNotContain("Medtronic");
    }

    private String reference(ImpartialityFixture.World w) {
        String[] ref = new String[1];
        fixture.as(TestUsers.HSO_LEAD, () -> ref[0] = projects.get(w.projectId()).reference());
        return ref[0];
    }

    private long id(String email) {
        return NoticeRows.userId(jdbc, email);
    }
}
