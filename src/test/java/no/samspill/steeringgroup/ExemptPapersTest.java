package no.samspill.steeringgroup;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.audit.AuditRow;
import no.samspill.platform.Mandate;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.procurement.Category;
import no.samspill.procurement.ProjectForm;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exempt case papers are for the group's members only, in every path: the audit log, lists, the project page. */
@SamspillSpringTest
@RecordApplicationEvents
class ExemptPapersTest {

    static final String SECRETARY = SteeringGroupTest.SECRETARY;
    static final String SKI = SteeringGroupTest.SKI;

    @Autowired
    SteeringGroupService groups;
    @Autowired
    CasePaperService papers;
    @Autowired
    SteeringMeetingService meetings;
    @Autowired
    PackageService packages;
    @Autowired
    ProjectService projects;
    @Autowired
    AuditLogService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    TestUsers users;
    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_audit_log_of_an_exempt_paper_holds_its_ids_and_changed_fields_but_never_their_values() throws Exception {
        long groupId = group();
        users.login(SECRETARY, SKI);
        String secret = "Walkover-strategi " + UUID.randomUUID();
        PaperView p = papers.create(groupId, SteeringGroupTest.paper(secret, true, "offentleglova § 23"));
        PaperForm f = p.content();
        papers.update(p.id(), p.version(), new PaperForm(f.addressedTo(), f.from(), f.date(), true, f.legalBasis(),
                secret + " (revidert)", f.summary(), "", "", "", "", "", "", "", List.of("Budet holdes under 4 mill."),
                null, DecisionKind.OTHER));
        papers.attach(p.id(), "Forhandlingsmandat-Walkover.docx", new byte[] {1, 2});
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-01T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), p.id());
        meetings.decide(m.id(), p.id(), null, new DecisionForm(null, "Walkover-budet godkjennes.",
                LocalDate.of(2026, 12, 1), "Ola Nilsen", ""));

        // the tenant admin, who is no member, reads and exports the log
        users.login(TestUsers.SKI_ADMIN);
        List<AuditRow> rows = audit.search(AuditFilter.NONE, 0, 500).stream()
                .filter(r -> r.entityType().equals("CasePaper") && r.entityId().equals(String.valueOf(p.id())))
                .toList();
        assertThat(rows).extracting(AuditRow::action).contains("steering.paper-created", "steering.paper-changed",
                "steering.paper-attachment", "steering.paper-on-agenda", "steering.decided");
        assertThat(rows).extracting(AuditRow::changes).allSatisfy(c -> assertThat(c)
                .doesNotContain("Walkover", "4 mill.", "Teams").doesNotContain("2026-12-01"));
        assertThat(String.join("\n", rows.stream().map(AuditRow::changes).toList()))
                .contains("number: – → " + p.number(), "title: – → ***", "exempt: – → true", "proposal: – → ***",
                        "file: – → ***", "conclusion: – → ***", "kind: – → ***");
        StringWriter csv = new StringWriter();
        audit.exportCsv(AuditFilter.NONE, ZoneId.of("Europe/Oslo"), nb(), csv);
        assertThat(csv.toString()).doesNotContain("Walkover", "4 mill.");
        // the log in the reader's words withholds the same: it is worded from the withheld text
        assertThat(audit.read(AuditFilter.NONE, 0, 500, nb()).stream().filter(l -> l.row().entityType()
                .equals("CasePaper") && l.row().entityId().equals(String.valueOf(p.id()))).map(l -> l.changes()).toList())
                .allSatisfy(c -> assertThat(c).doesNotContain("Walkover", "4 mill.", "Teams"))
                .contains("Nummer: " + p.number() + "; Tittel: ***; Unntatt offentlighet: Ja");
        // an open paper is audited with its values, as before
        users.login(SECRETARY, SKI);
        PaperView open = papers.create(groupId, SteeringGroupTest.paper("Åpen sak " + UUID.randomUUID(), false, ""));
        users.login(TestUsers.SKI_ADMIN);
        assertThat(audit.search(new AuditFilter(null, "steering.paper-created", null, null), 0, 50))
                .filteredOn(r -> r.entityId().equals(String.valueOf(open.id()))).singleElement()
                .satisfies(r -> assertThat(r.changes()).contains(open.content().title()));
    }

    @Test
    void entries_written_while_a_paper_was_open_are_withheld_once_it_is_exempt() throws Exception {
        long groupId = group();
        users.login(SECRETARY, SKI);
        String secret = "Snart-hemmelig " + UUID.randomUUID();
        PaperView p = papers.create(groupId, SteeringGroupTest.paper(secret, false, ""));
        papers.attach(p.id(), secret + ".pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        users.login(TestUsers.SKI_ADMIN);
        assertThat(changesOf(p.id())).anySatisfy(c -> assertThat(c).contains(secret));
        users.login(SECRETARY, SKI);
        PaperForm f = p.content();
        papers.update(p.id(), p.version(), new PaperForm(f.addressedTo(), f.from(), f.date(), true,
                "offentleglova § 23", f.title(), f.summary(), f.background(), "", "", f.assessment(), "", "", "",
                f.proposal(), null, DecisionKind.OTHER));
        users.login(TestUsers.SKI_ADMIN);
        assertThat(changesOf(p.id())).contains("number: – → " + p.number() + "; title: – → ***; exempt: – → false",
                "file: – → ***; bytes: – → ***", "exempt: false → true").noneMatch(c -> c.contains(secret));
        StringWriter csv = new StringWriter();
        audit.exportCsv(AuditFilter.NONE, ZoneId.of("Europe/Oslo"), nb(), csv);
        assertThat(csv.toString()).doesNotContain(secret);
        assertThat(audit.read(AuditFilter.NONE, 0, 500, nb())).noneMatch(l -> l.changes().contains(secret));
        // the stored entry is as it was written (append-only); it is the reading that withholds
        assertThat(jdbc.queryForList("select changes from audit_entry where entity_type = 'CasePaper' and"
                + " entity_id = ?", String.class, String.valueOf(p.id()))).anyMatch(c -> c.contains(secret));
    }

    private Translator nb() {
        return Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args));
    }

    private List<String> changesOf(long paperId) {
        return audit.search(AuditFilter.NONE, 0, 500).stream().filter(r -> r.entityType().equals("CasePaper")
                && r.entityId().equals(String.valueOf(paperId))).map(AuditRow::changes).toList();
    }

    @Test
    void the_migration_withholds_the_values_that_entries_about_exempt_papers_stored_before() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        PaperView exempt = papers.create(groupId, SteeringGroupTest.paper("Strategi", true, "offentleglova § 23"));
        PaperView open = papers.create(groupId, SteeringGroupTest.paper("Åpen sak", false, ""));
        String marker = "gammel-" + UUID.randomUUID();
        // entries as the service wrote them before: with titles, proposals, file names and conclusions
        String[][] old = {
                {"steering.paper-created", "number: – → " + exempt.number() + "; title: – → Strategi " + marker
                        + "; exempt: – → true"},
                {"steering.paper-changed", "title: Strategi → Strategi; " + marker + "; proposal: a / b → c"},
                {"steering.paper-attachment", "file: – → " + marker + ".docx; bytes: – → 12"},
                {"steering.decided", "number: – → " + exempt.number() + "; conclusion: – → " + marker
                        + "; kind: – → OTHER"}};
        for (String[] e : old) {
            insertEntry(e[0], exempt.id(), e[1]);
        }
        insertEntry("steering.paper-created", open.id(), "title: – → Åpen " + marker);

        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V16__exempt_papers_in_the_audit_log.sql"))
                .execute(dataSource);

        List<String> scrubbed = jdbc.queryForList("select changes from audit_entry where entity_type = 'CasePaper'"
                + " and entity_id = ? order by id", String.class, String.valueOf(exempt.id()));
        assertThat(scrubbed).noneMatch(c -> c.contains(marker) || c.contains("Strategi"));
        assertThat(scrubbed).contains("number: – → " + exempt.number() + "; title: – → ***; exempt: – → true",
                "title: – → ***; proposal: – → ***", "file: – → ***; bytes: – → ***",
                "number: – → " + exempt.number() + "; conclusion: – → ***; kind: – → ***");
        assertThat(jdbc.queryForList("select changes from audit_entry where entity_id = ? and entity_type ="
                + " 'CasePaper'", String.class, String.valueOf(open.id()))).contains("title: – → Åpen " + marker);
        // and the log is append-only again
        assertThatThrownBy(() -> jdbc.update("update audit_entry set changes = 'x' where entity_id = ?",
                String.valueOf(exempt.id()))).hasMessageContaining("cannot be changed");
    }

    @Test
    void a_non_member_sees_only_that_a_withheld_paper_exists() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        ProjectSummary project = project();
        PaperView p = papers.create(groupId, aboutProject(SteeringGroupTest.paper("Strategi", true, "§ 23"),
                project.id()));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-02T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), p.id());
        meetings.decide(m.id(), p.id(), null, new DecisionForm(null, "Godkjent.", LocalDate.of(2026, 12, 2), "", ""));
        assertThat(papers.papers(groupId)).singleElement().satisfies(s -> {
            assertThat(s.projectReference()).isEqualTo(project.reference());
            assertThat(s.decided()).isTrue();
        });

        users.login(TestUsers.SKI_ADMIN);
        for (PaperSummary s : List.of(papers.papers(groupId).getFirst(), meetings.details(m.id()).agenda().getFirst())) {
            assertThat(s.withheld()).isTrue();
            assertThat(s.number()).isEqualTo(p.number());
            assertThat(s.title()).isNull();
            assertThat(s.projectReference()).isNull();
            assertThat(s.date()).isNull();
            assertThat(s.decided()).isFalse();
        }
        assertThat(meetings.details(m.id()).decisions()).isEmpty();
        assertThatThrownBy(() -> papers.view(p.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_decision_point_that_rests_on_an_exempt_paper_is_withheld_from_non_members() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        ProjectSummary project = project();
        users.login(TestUsers.SKI_ADMIN);
        groups.oversee(groupId, project.id());
        users.login(SECRETARY, SKI);
        PaperView p = papers.create(groupId, aboutProject(SteeringGroupTest.paper("Behovsanalyse", true, "§ 23"),
                project.id()));
        // not decided yet: "missing" would tell the admin that the exempt paper has not been approved
        users.login(TestUsers.SKI_ADMIN);
        assertThat(groups.forProject(project.id()).points()).singleElement()
                .satisfies(x -> assertThat(x.withheld()).isTrue());
        users.login(SECRETARY, SKI);
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-03T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), p.id());
        meetings.decide(m.id(), p.id(), null, new DecisionForm(null, "Godkjent.", LocalDate.of(2026, 12, 3), "", ""));
        // the member sees the point met
        assertThat(groups.forProject(project.id()).points()).singleElement().satisfies(x -> {
            assertThat(x.met()).isTrue();
            assertThat(x.withheld()).isFalse();
        });
        assertThat(groups.details(groupId).projects().getFirst().decisionPoints()).singleElement()
                .satisfies(x -> assertThat(x.met()).isTrue());
        // the admin who is no member, on the project page and the group page: neither met nor missing
        users.login(TestUsers.SKI_ADMIN);
        ProjectDecisions seen = groups.forProject(project.id());
        assertThat(seen.points()).singleElement().satisfies(x -> {
            assertThat(x.met()).isFalse();
            assertThat(x.withheld()).isTrue();
        });
        assertThat(seen.decisions()).isEmpty();
        assertThat(groups.details(groupId).projects().getFirst().decisionPoints()).singleElement()
                .satisfies(x -> assertThat(x.withheld()).isTrue());
        // an open decision is no secret: an open approval shows as met to the admin as well
        users.login(SECRETARY, SKI);
        PaperView openPaper = papers.create(groupId, aboutProject(SteeringGroupTest.paper("Åpen godkjenning", false,
                ""), project.id()));
        meetings.placeOnAgenda(m.id(), openPaper.id());
        meetings.decide(m.id(), openPaper.id(), null, new DecisionForm(null, "Godkjent.", LocalDate.of(2026, 12, 3),
                "", ""));
        users.login(TestUsers.SKI_ADMIN);
        assertThat(groups.forProject(project.id()).points()).singleElement().satisfies(x -> {
            assertThat(x.met()).isTrue();
            assertThat(x.withheld()).isFalse();
        });
    }

    @Test
    void a_package_made_before_its_paper_became_exempt_is_no_longer_downloaded_by_non_members() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        PaperView p = papers.create(groupId, SteeringGroupTest.paper("Snart unntatt", false, ""));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-04T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), p.id());
        Locale nb = Locale.of("nb");
        Translator t = Translator.of(nb, (l, key, args) -> i18n.getTranslation(key, l, args));
        PackageRow before = packages.generate(m.id(), t);
        users.login(TestUsers.SKI_ADMIN);
        assertThat(packages.download(before.id())).isNotEmpty();
        users.login(SECRETARY, SKI);
        PaperForm f = p.content();
        papers.update(p.id(), p.version(), new PaperForm(f.addressedTo(), f.from(), f.date(), true,
                "offentleglova § 23", f.title(), f.summary(), f.background(), "", "", f.assessment(), "", "", "",
                f.proposal(), null, DecisionKind.OTHER));
        assertThat(packages.download(before.id())).isNotEmpty();
        users.login(TestUsers.SKI_ADMIN);
        assertThatThrownBy(() -> packages.download(before.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobody_adds_themselves_and_every_membership_change_is_audited_and_told_to_the_chair() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(),
                new Mandate("", "", "", null, null, null));
        assertThat(groups.memberOptions()).extracting(c -> c.email()).doesNotContain(TestUsers.SKI_ADMIN);
        long lars = colleague(SECRETARY);
        users.login(SECRETARY, SKI);
        long admin = colleague(TestUsers.SKI_ADMIN);
        // the admin cannot open the group's exempt papers to themselves
        users.login(TestUsers.SKI_ADMIN);
        assertThatThrownBy(() -> groups.addMember(g.id(), admin, SteeringRole.MEMBER, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("steering.error.self-add");
        assertThat(groups.details(g.id()).members()).isEmpty();
        groups.addMember(g.id(), lars, SteeringRole.CHAIR, LocalDate.of(2026, 1, 1));
        users.login(SECRETARY, SKI);
        assertThatThrownBy(() -> groups.addMember(g.id(), lars, SteeringRole.MEMBER, LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("steering.error.self-add");
        // the chair adds the admin
        events.clear();
        SteeringGroupDetails d = groups.addMember(g.id(), admin, SteeringRole.MEMBER, LocalDate.of(2026, 2, 1));
        assertThat(events.stream(SteeringMembershipChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.groupId()).isEqualTo(g.id());
            assertThat(e.memberUserId()).isEqualTo(admin);
            assertThat(e.change()).isEqualTo(SteeringMembershipChanged.Change.ADDED);
            assertThat(e.actorUserId()).isEqualTo(lars);
            assertThat(e.chairUserIds()).containsExactly(lars);
        });
        SteeringMemberRow row = d.members().stream().filter(r -> r.userId() == admin).findFirst().orElseThrow();
        groups.endMembership(row.id(), row.version(), groups.today());
        assertThat(events.stream(SteeringMembershipChanged.class)).extracting(SteeringMembershipChanged::change)
                .containsExactly(SteeringMembershipChanged.Change.ADDED, SteeringMembershipChanged.Change.LEFT);
        users.login(TestUsers.SKI_ADMIN);
        assertThat(audit.search(AuditFilter.NONE, 0, 200)).filteredOn(r -> r.entityType().equals("SteeringGroup")
                        && r.entityId().equals(String.valueOf(g.id())))
                .extracting(AuditRow::action).contains("steering.member-added", "steering.member-left");
    }

    @Test
    void the_database_holds_one_active_membership_per_person_and_group() {
        long groupId = group();
        users.login(TestUsers.SKI_ADMIN);
        long lars = colleague(SECRETARY);
        assertThatThrownBy(() -> jdbc.update("insert into steering_member (group_id, user_id, role, joined_on)"
                + " values (?, ?, 'MEMBER', '2026-03-01')", groupId, lars))
                .isInstanceOf(DataIntegrityViolationException.class);
        // a membership that has ended does not count
        jdbc.update("insert into steering_member (group_id, user_id, role, joined_on, left_on)"
                + " values (?, ?, 'MEMBER', '2025-01-01', '2025-06-30')", groupId, lars);
        assertThat(jdbc.queryForObject("select count(*) from steering_member where group_id = ? and user_id = ?",
                Integer.class, groupId, lars)).isEqualTo(2);
    }

    private void insertEntry(String action, long paperId, String changes) {
        jdbc.update("insert into audit_entry (occurred_at, actor_name, tenant_id, action, entity_type, entity_id,"
                + " changes) values (now(6), 'test', null, ?, 'CasePaper', ?, ?)", action, String.valueOf(paperId),
                changes);
    }

    private ProjectSummary project() {
        return projects.create(new ProjectForm(projects.formOptions().suggestedReference(),
                "Senger " + UUID.randomUUID(), "", Category.BHM, null, Set.of(), null));
    }

    private static PaperForm aboutProject(PaperForm f, long projectId) {
        return new PaperForm(f.addressedTo(), f.from(), f.date(), f.exempt(), f.legalBasis(), f.title(), f.summary(),
                "", "", "", "", "", "", "", f.proposal(), projectId, DecisionKind.NEEDS_ANALYSIS_APPROVAL);
    }

    private long colleague(String email) {
        return groups.memberOptions().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow()
                .userId();
    }

    /** A fresh group of Sykehusinnkjøp: its admin (no member) sets it up, Lars Hansen is its secretary. */
    private long group() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(),
                new Mandate("", "", "", null, null, null));
        groups.addMember(g.id(), colleague(SECRETARY), SteeringRole.SECRETARY, LocalDate.of(2026, 1, 1));
        return g.id();
    }
}
