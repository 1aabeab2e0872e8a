package no.samspill.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.samspill.identity.AccountService;
import no.samspill.identity.InviteCommand;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.Mandate;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.security.Role;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.DecisionForm;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PackageService;
import no.samspill.steeringgroup.PaperForm;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.steeringgroup.SteeringRole;
import no.samspill.support.Inbox;
import no.samspill.support.NoticeRows;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.samspill.support.NoticeRows.recipients;
import static org.assertj.core.api.Assertions.assertThat;

/** Steering-group notices go to its members; of an exempt paper they hold the number and the link, nothing else. */
@SamspillSpringTest
class SteeringNoticesTest {

    static final String SECRETARY = TestUsers.HSO_LEAD;
    static final String SKI = "Sykehusinnkjøp HF";

    @Autowired
    AccountService accounts;
    @Autowired
    Inbox inbox;
    @Autowired
    SteeringGroupService groups;
    @Autowired
    CasePaperService papers;
    @Autowired
    SteeringMeetingService meetings;
    @Autowired
    PackageService packages;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_generated_package_is_told_to_the_members_and_not_to_the_admin_who_is_no_member() {
        Group g = group();
        users.login(SECRETARY, SKI);
        PaperView p = papers.create(g.id(), paper("Årsrapport " + UUID.randomUUID(), false, ""));
        MeetingDetails m = meetings.plan(g.id(), Instant.parse("2026-12-10T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), p.id());
        Locale nb = Locale.of("nb");
        Translator t = Translator.of(nb, (l, key, args) -> i18n.getTranslation(key, l, args));
        packages.generate(m.id(), t);
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "steering-package", m.id());
        assertThat(recipients(rows)).containsExactly(g.member());
        assertThat(rows.getFirst().route()).isEqualTo("steering/meetings/" + m.id());
        assertThat(rows.getFirst().args()).containsExactly(g.name(), "2026-12-10", "1");
    }

    @Test
    void a_decision_is_told_to_the_members_with_the_paper_s_number_and_title() {
        Group g = group();
        users.login(SECRETARY, SKI);
        String open = "Åpen sak " + UUID.randomUUID();
        PaperView openPaper = papers.create(g.id(), paper(open, false, ""));
        MeetingDetails m = meetings.plan(g.id(), Instant.parse("2026-11-11T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), openPaper.id());
        meetings.decide(m.id(), openPaper.id(), null, new DecisionForm(null, "Tatt til orientering.",
                LocalDate.of(2026, 11, 11), "", ""));
        List<NoticeRows.Row> decided = NoticeRows.await(jdbc, "steering-decision", openPaper.id());
        assertThat(recipients(decided)).containsExactly(g.member());
        assertThat(decided.getFirst().args()).containsExactly(g.name(), openPaper.number(), open);
        assertThat(decided.getFirst().route()).isEqualTo("steering/meetings/" + m.id());
    }

    @Test
    void a_decision_on_an_exempt_paper_is_told_to_the_members_without_its_title_or_content() {
        Group g = group();
        users.login(SECRETARY, SKI);
        String secret = "Walkover-strategi " + UUID.randomUUID();
        PaperView exempt = papers.create(g.id(), paper(secret, true, "offentleglova § 23"));
        MeetingDetails m = meetings.plan(g.id(), Instant.parse("2026-11-12T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), exempt.id());
        meetings.decide(m.id(), exempt.id(), null, new DecisionForm(null, "Budet godkjennes hemmelig.",
                LocalDate.of(2026, 11, 12), "", ""));
        List<NoticeRows.Row> exemptRows = NoticeRows.await(jdbc, "steering-decision-exempt", exempt.id());
        assertThat(recipients(exemptRows)).containsExactly(g.member());
        assertThat(exemptRows.getFirst().args()).containsExactly(g.name(), exempt.number());
        assertThat(String.join(" ", exemptRows.getFirst().args())).doesNotContain("Walkover", "hemmelig");
        assertThat(NoticeRows.of(jdbc, "steering-decision", exempt.id())).isEmpty();
    }

    record Group(long id, String name, long member) {
    }

    /** A group of Sykehusinnkjøp with its secretary (who acts) and one member; its admin is no member. */
    private Group group() {
        users.login(TestUsers.SKI_ADMIN);
        String name = "Styringsgruppe " + UUID.randomUUID();
        SteeringGroupDetails g = groups.create(name, new Mandate("", "", "", null, null, null));
        groups.addMember(g.id(), colleague(SECRETARY), SteeringRole.SECRETARY, LocalDate.of(2026, 1, 1));
        String email = TestUsers.uniqueEmail("styremedlem");
        userAdmin.invite(new InviteCommand(email, "Mona Medlem", Set.of(Role.MEMBER), null, Language.NB));
        accounts.setPassword(inbox.token(email), "et godt langt passord", "et godt langt passord");
        long member = NoticeRows.userId(jdbc, email);
        groups.addMember(g.id(), member, SteeringRole.MEMBER, LocalDate.of(2026, 1, 1));
        return new Group(g.id(), name, member);
    }

    private long colleague(String email) {
        return groups.memberOptions().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow()
                .userId();
    }

    static PaperForm paper(String title, boolean exempt, String basis) {
        return new PaperForm("Styringsgruppen", "Porteføljekontoret", LocalDate.of(2026, 11, 20), exempt, basis,
                title, "Kort om saken.", "Bakgrunn.", "", "", "Vurdering.", "", "", "",
                List.of("Saken tas til orientering."), null, DecisionKind.OTHER);
    }
}
