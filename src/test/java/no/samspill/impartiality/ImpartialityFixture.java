package no.samspill.impartiality;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.samspill.identity.Colleague;
import no.samspill.marketdialogue.AccessMode;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.DialogueForm;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.QuestionForm;
import no.samspill.marketdialogue.QuestionType;
import no.samspill.marketdialogue.QuestionnaireService;
import no.samspill.platform.Mandate;
import no.samspill.procurement.Category;
import no.samspill.procurement.ProjectForm;
import no.samspill.procurement.ProjectService;
import no.samspill.referencegroup.DocumentForm;
import no.samspill.referencegroup.DocumentKind;
import no.samspill.referencegroup.GroupDetails;
import no.samspill.referencegroup.GroupForm;
import no.samspill.referencegroup.GroupKind;
import no.samspill.referencegroup.GroupRole;
import no.samspill.referencegroup.GroupService;
import no.samspill.referencegroup.GroupMeetingService;
import no.samspill.referencegroup.MeetingRow;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PackageService;
import no.samspill.steeringgroup.PaperForm;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.steeringgroup.SteeringRole;
import no.samspill.support.TestUsers;
import org.springframework.stereotype.Component;

/**
 * A fresh procurement project of Helse Sør-Øst for each test: a published dialogue with Medtronic and GE invited and
 * a question from Medtronic, a reference group (Kari, Jonas, Marit) with a document under review, and the register
 * open. Fresh names, so tests run in any order on the shared database.
 */
@Component
public class ImpartialityFixture {

    public static final String KARI = TestUsers.HSO_MEMBER;
    public static final String JONAS = "klinikker.ahus@helse-sorost.demo";
    public static final String MARIT = "klinikker.innlandet@helse-sorost.demo";
    static final Locale NB = Locale.of("nb");

    public record World(long projectId, long dialogueId, long clarificationId, long groupId, long documentId,
            long medtronic, long ge) {
    }

    /**
     * The project's papers in a steering group that oversees it and nothing else (Lars the secretary, Jonas a
     * member): one paper of the project with an
     * attachment and one of no project, both on a meeting's agenda with an archived package; and a held meeting of
     * the project's reference group with minutes.
     */
    public record Papers(long steeringGroupId, long paperId, long attachmentId, long openPaperId, long meetingId,
            long packageId, long groupMeetingId, long groupMeetingVersion) {
    }

    private final TestUsers users;
    private final ProjectService projects;
    private final DialogueService dialogues;
    private final QuestionnaireService questionnaire;
    private final ClarificationService clarifications;
    private final GroupService groups;
    private final ReviewDocumentService documents;
    private final RegisterService registers;
    private final DeclarationService declarations;
    @org.springframework.beans.factory.annotation.Autowired
    private SteeringGroupService steering;
    @org.springframework.beans.factory.annotation.Autowired
    private CasePaperService papers;
    @org.springframework.beans.factory.annotation.Autowired
    private SteeringMeetingService steeringMeetings;
    @org.springframework.beans.factory.annotation.Autowired
    private PackageService packages;
    @org.springframework.beans.factory.annotation.Autowired
    private GroupMeetingService groupMeetings;
    @org.springframework.beans.factory.annotation.Autowired
    private com.vaadin.flow.i18n.I18NProvider i18n;

    ImpartialityFixture(TestUsers users, ProjectService projects, DialogueService dialogues,
            QuestionnaireService questionnaire, ClarificationService clarifications, GroupService groups,
            ReviewDocumentService documents, RegisterService registers, DeclarationService declarations) {
        this.users = users;
        this.projects = projects;
        this.dialogues = dialogues;
        this.questionnaire = questionnaire;
        this.clarifications = clarifications;
        this.groups = groups;
        this.documents = documents;
        this.registers = registers;
        this.declarations = declarations;
    }

    public World world(boolean openRegister) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        users.login(TestUsers.HSO_LEAD);
        long lead = projects.leadOptions(TestUsers.HSO_LEAD, 0, 10).stream().filter(c -> c.email().equals(TestUsers.HSO_LEAD))
                .map(Colleague::userId).findFirst().orElseThrow();
        long projectId = projects.create(new ProjectForm("IMP-" + tag, "Habilitet " + tag, "", Category.MTU, lead,
                Set.of(), null)).id();
        DialogueSummary d = dialogues.create(projectId, "Dialog " + tag);
        d = dialogues.describe(d.id(), d.version(), new DialogueForm("Dialog " + tag, "Innspill.",
                LocalDateTime.now().plusDays(10), AccessMode.INVITED));
        long section = questionnaire.addSection(d.id(), "Produkt").getFirst().id();
        questionnaire.addQuestion(section, new QuestionForm("Beskriv løsningen", QuestionType.FREE_TEXT, 50, null,
                List.of(), false));
        long medtronic = supplier("Medtronic");
        long ge = supplier("GE Healthcare");
        dialogues.invite(d.id(), Set.of(medtronic, ge));
        d = dialogues.get(d.id());
        dialogues.publish(d.id(), d.version());
        GroupDetails g = groups.create(new GroupForm(GroupKind.REFERENCE_GROUP, "Ref " + tag, projectId, null, false,
                new Mandate("", "", "", null, null, null)));
        for (String email : List.of(KARI, JONAS, MARIT)) {
            long userId = groups.memberOptions().stream().filter(c -> c.email().equals(email))
                    .map(Colleague::userId).findFirst().orElseThrow();
            groups.addMember(g.id(), userId, null, GroupRole.MEMBER, LocalDate.of(2026, 1, 1));
        }
        long documentId = documents.publish(g.id(), new DocumentForm("Behovsanalyse " + tag,
                DocumentKind.NEEDS_ANALYSIS, documents.today().minusDays(1), documents.today().plusDays(10)),
                "# 1 Innledning\n\nTekst.\n").id();
        TestUsers.logout();
        users.login(TestUsers.MEDTRONIC_USER);
        long clarificationId = clarifications.ask(d.id(), "Hvor mange pumper trengs det?").getFirst().id();
        TestUsers.logout();
        if (openRegister) {
            users.login(TestUsers.HSO_LEAD);
            registers.open(projectId);
            TestUsers.logout();
        }
        return new World(projectId, d.id(), clarificationId, g.id(), documentId, medtronic, ge);
    }

    /** A world with the project's steering papers and group minutes, made before its register is opened. */
    public World world(boolean openRegister, java.util.function.Consumer<Papers> papersMade) {
        World w = world(false);
        papersMade.accept(papers(w));
        if (openRegister) {
            as(TestUsers.HSO_LEAD, () -> registers.open(w.projectId()));
        }
        return w;
    }

    private Papers papers(World w) {
        users.login(TestUsers.HSO_ADMIN);
        SteeringGroupDetails g = steering.create("Styringsgruppe " + w.projectId(),
                new Mandate("Følger opp anskaffelsen.", "Direktøren", "Direktør", null, null, null));
        long lars = steering.memberOptions().stream().filter(c -> c.email().equals(TestUsers.HSO_LEAD)).findFirst()
                .orElseThrow().userId();
        steering.addMember(g.id(), lars, SteeringRole.SECRETARY, LocalDate.of(2026, 1, 1));
        long jonas = steering.memberOptions().stream().filter(c -> c.email().equals(JONAS)).findFirst()
                .orElseThrow().userId();
        steering.addMember(g.id(), jonas, SteeringRole.MEMBER, LocalDate.of(2026, 1, 1));
        steering.oversee(g.id(), w.projectId());
        TestUsers.logout();
        users.login(TestUsers.HSO_LEAD);
        PaperView paper = papers.create(g.id(), paperForm("Godkjenning av behovsanalyse", w.projectId()));
        long attachment = papers.attach(paper.id(), "notat.txt", "Notat om pumpene.".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).getFirst().id();
        PaperView open = papers.create(g.id(), paperForm("Budsjett for porteføljekontoret", null));
        MeetingDetails m = steeringMeetings.plan(g.id(), java.time.Instant.now().minus(java.time.Duration.ofDays(1)),
                "Teams");
        steeringMeetings.placeOnAgenda(m.id(), paper.id());
        steeringMeetings.placeOnAgenda(m.id(), open.id());
        long packageId = packages.generate(m.id(), no.samspill.platform.i18n.Translator.of(NB,
                (l, k, a) -> i18n.getTranslation(k, l, a))).id();
        MeetingRow gm = groupMeetings.plan(w.groupId(), documents.today().minusDays(1), "Første møte", "Behov.");
        gm = groupMeetings.record(gm.id(), gm.version(), "Gruppen drøftet behovet.", Set.of());
        TestUsers.logout();
        return new Papers(g.id(), paper.id(), attachment, open.id(), m.id(), packageId, gm.id(), gm.version());
    }

    static PaperForm paperForm(String title, @org.jspecify.annotations.Nullable Long projectId) {
        return new PaperForm("Styringsgruppen", "Prosjektleder", LocalDate.of(2026, 11, 20), false, "", title,
                "Kort om saken.", "Bakgrunn.", "", "", "Vurdering.", "", "", "", List.of("Saken godkjennes."),
                projectId, DecisionKind.OTHER);
    }

    public long supplier(String name) {
        return dialogues.supplierOptions(name, 0, 20).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow().tenantId();
    }

    /** Signs as the logged-in user: no ties with any, or the given answers. */
    public DeclarationForm sign(long projectId, List<AnswerInput> answers) {
        DeclarationForm form = declarations.form(projectId, NB);
        return declarations.sign(projectId, new DeclarationInput(form.declarantUserId(), form.template().id(), true,
                answers.isEmpty(), answers, "", true), NB);
    }

    /** Signs as the user with an employment tie to the supplier and no tie to the others. */
    public DeclarationForm signWithTie(long projectId, long tiedSupplier) {
        DeclarationForm form = declarations.form(projectId, NB);
        List<AnswerInput> answers = new ArrayList<>();
        for (SupplierAnswer s : form.suppliers()) {
            answers.add(s.supplierTenantId() == tiedSupplier ? new AnswerInput(s.supplierTenantId(),
                    Set.of(TieKind.EMPLOYMENT), "Ansatt der 2022–2024.") : AnswerInput.noTie(s.supplierTenantId()));
        }
        return declarations.sign(projectId, new DeclarationInput(form.declarantUserId(), form.template().id(), true,
                false, answers, "", true), NB);
    }

    public void as(String email, Runnable work) {
        users.login(email);
        try {
            work.run();
        } finally {
            TestUsers.logout();
        }
    }
}
