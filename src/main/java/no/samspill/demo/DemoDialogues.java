package no.samspill.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import no.samspill.marketdialogue.AccessMode;
import no.samspill.marketdialogue.AnswerInput;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.ClarificationView;
import no.samspill.marketdialogue.DialogueFileService;
import no.samspill.marketdialogue.DialogueForm;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.MeetingService;
import no.samspill.marketdialogue.QuestionForm;
import no.samspill.marketdialogue.QuestionType;
import no.samspill.marketdialogue.QuestionView;
import no.samspill.marketdialogue.QuestionnaireService;
import no.samspill.marketdialogue.ResponseService;
import no.samspill.marketdialogue.SectionView;
import no.samspill.marketdialogue.SupplierRef;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.SystemActor;
import no.samspill.platform.security.TenantGrant;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectService;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Two demo market dialogues of Helse Sør-Øst: a closed one on insulin pumps and CGM (Medtronic has submitted,
 * GE Healthcare has a draft; one question published to all, one waiting; meeting slots, one booked; a draft
 * specification attached) and an open one on telemedicine, which GE Healthcare has joined.
 */
@Component
class DemoDialogues {

    static final String INSULIN = "Insulinpumper og CGM – skriftlig markedsdialog";
    static final String TELEMEDICINE = "Telemedisinsk hjemmeoppfølging – åpen markedsdialog";

    private final DialogueService dialogues;
    private final QuestionnaireService questionnaire;
    private final ResponseService responses;
    private final ProjectService projects;
    private final ClarificationService clarifications;
    private final MeetingService meetings;
    private final DialogueFileService files;
    private final Clock clock;

    DemoDialogues(DialogueService dialogues, QuestionnaireService questionnaire, ResponseService responses,
            ProjectService projects, ClarificationService clarifications, MeetingService meetings,
            DialogueFileService files, Clock clock) {
        this.clock = clock;
        this.clarifications = clarifications;
        this.meetings = meetings;
        this.files = files;
        this.dialogues = dialogues;
        this.questionnaire = questionnaire;
        this.responses = responses;
        this.projects = projects;
    }

    int seed(TenantGrant buyer, Function<String, TenantSummary> tenantByCode) {
        int created = 0;
        long insulinProject = SystemActor.callAs(buyer, () -> projectId("2026/0142"));
        if (!exists(buyer, insulinProject, INSULIN)) {
            List<QuestionView> q = SystemActor.callAs(buyer, () -> insulin(insulinProject));
            TenantGrant medtronic = supplier(tenantByCode.apply("medtronic"));
            SystemActor.runAs(medtronic, () -> answerInsulin(q, true));
            TenantGrant ge = supplier(tenantByCode.apply("ge-healthcare"));
            SystemActor.runAs(ge, () -> answerInsulin(q, false));
            long dialogueId = SystemActor.callAs(medtronic, () -> dialogueOf(q));
            SystemActor.runAs(medtronic, () -> clarifications.ask(dialogueId,
                    "Medtronic lurer på om dere vurderer leie av pumper i stedet for kjøp?"));
            SystemActor.runAs(ge, () -> clarifications.ask(dialogueId,
                    "Kan vi få oversendt dagens forbruk av sensorer per helseforetak?"));
            SystemActor.runAs(buyer, () -> questionsAndMeetings(dialogueId));
            SystemActor.runAs(medtronic, () -> meetings.book(dialogueId,
                    meetings.forSupplier(dialogueId).getFirst().id()));
            created++;
        }
        long teleProject = SystemActor.callAs(buyer, () -> projectId("2026/0097"));
        if (!exists(buyer, teleProject, TELEMEDICINE)) {
            long id = SystemActor.callAs(buyer, () -> telemedicine(teleProject));
            SystemActor.runAs(supplier(tenantByCode.apply("ge-healthcare")), () -> responses.open(id));
            created++;
        }
        return created;
    }

    private void questionsAndMeetings(long dialogueId) {
        files.attach(dialogueId, "Utkast kravspesifikasjon insulinpumper.txt", ("Utkast til kravspesifikasjon\n\n"
                + "1. Pumpen skal kunne styres av sensorverdier (lukket sløyfe).\n"
                + "2. Data skal kunne overføres til pasientjournalen.\n").getBytes(StandardCharsets.UTF_8));
        ClarificationView leasing = clarifications.inbox(dialogueId).getFirst();
        clarifications.publish(dialogueId, leasing.id(), leasing.version(),
                "Vurderer oppdragsgiver leie av pumper i stedet for kjøp?",
                "Ja. Både kjøp, leie og tjenestemodell er aktuelle, og vi ber om priser for hver modell i konkurransen.");
        LocalDateTime day = LocalDateTime.now(clock).plusDays(9).withHour(9).withMinute(0);
        meetings.offer(dialogueId, day, 60, "Oslo universitetssykehus, Ullevål, bygg 7, møterom 2");
        meetings.offer(dialogueId, day.withHour(11), 60, "Teams (lenke sendes ved booking)");
        meetings.offer(dialogueId, day.plusDays(1).withHour(13), 60, "Teams (lenke sendes ved booking)");
    }

    private boolean exists(TenantGrant buyer, long projectId, String title) {
        return SystemActor.callAs(buyer, () -> dialogues.forProject(projectId).stream()
                .anyMatch(d -> d.title().equals(title)));
    }

    private long projectId(String reference) {
        return projects.search(new ProjectFilter(reference, null, null), 0, 1).getFirst().id();
    }

    private List<QuestionView> insulin(long projectId) {
        DialogueSummary d = dialogues.create(projectId, INSULIN);
        d = dialogues.describe(d.id(), d.version(), new DialogueForm(INSULIN,
                "Helse Sør-Øst forbereder en anskaffelse av insulinpumper og sensorer for kontinuerlig glukosemåling "
                        + "(CGM). Vi ønsker leverandørenes innspill til løsninger, integrasjon og opplæring før vi "
                        + "skriver kravspesifikasjonen.\n\nSvarene behandles fortrolig. Spørsmål og svar som er av "
                        + "betydning for alle, publiseres anonymisert.",
                LocalDateTime.now(clock).plusDays(21).withHour(12).withMinute(0), AccessMode.INVITED));
        long product = questionnaire.addSection(d.id(), "Produkt og løsning").getFirst().id();
        add(product, "Beskriv løsningen for lukket sløyfe (automatisk insulindosering).", QuestionType.FREE_TEXT, true);
        add(product, "Hvor mange dager kan sensoren brukes før den må byttes?", QuestionType.NUMBER, true, "dager");
        addChoice(product, "Hvilke sertifiseringer har produktet?", QuestionType.MULTIPLE_CHOICE,
                List.of("CE-merking", "MDR klasse IIb", "ISO 13485"));
        long integration = questionnaire.addSection(d.id(), "Integrasjon og data").get(1).id();
        add(integration, "Kan data overføres automatisk til pasientjournalen?", QuestionType.YES_NO, true);
        add(integration, "Beskriv hvordan pasientdata lagres og hvor (land/region).", QuestionType.FREE_TEXT, false);
        long delivery = questionnaire.addSection(d.id(), "Leveranse og opplæring").get(2).id();
        addChoice(delivery, "Foretrukket leveransemodell", QuestionType.SINGLE_CHOICE,
                List.of("Kjøp", "Leie", "Tjeneste med abonnement"));
        List<SectionView> all = questionnaire.addSection(d.id(), "Annet");
        long other = all.get(3).id();
        add(other, "Er det noe annet dere mener vi bør vite før konkurransen?", QuestionType.FREE_TEXT, false);
        List<Long> invited = Stream.of("Medtronic", "GE Healthcare", "Siemens Healthineers")
                .flatMap(name -> dialogues.supplierOptions(name, 0, 10).stream().filter(s -> s.name().equals(name)))
                .map(SupplierRef::tenantId).toList();
        dialogues.invite(d.id(), Set.copyOf(invited));
        d = dialogues.get(d.id());
        dialogues.publish(d.id(), d.version());
        return dialogues.questionnaire(d.id()).stream().flatMap(s -> s.questions().stream()).toList();
    }

    private long telemedicine(long projectId) {
        DialogueSummary d = dialogues.create(projectId, TELEMEDICINE);
        d = dialogues.describe(d.id(), d.version(), new DialogueForm(TELEMEDICINE,
                "Åpen markedsdialog om utstyr og tjenester for digital hjemmeoppfølging av pasienter med kols og "
                        + "hjertesvikt. Alle registrerte leverandører kan delta.",
                LocalDateTime.now(clock).plusDays(35).withHour(15).withMinute(0), AccessMode.OPEN));
        long section = questionnaire.addSection(d.id(), "Løsning").getFirst().id();
        add(section, "Hvilke målinger kan pasienten gjøre hjemme?", QuestionType.FREE_TEXT, true);
        add(section, "Har dere et responssenter som følger opp målingene?", QuestionType.YES_NO, true);
        add(section, "Typisk pris per pasient per måned", QuestionType.NUMBER, false, "NOK");
        d = dialogues.get(d.id());
        dialogues.publish(d.id(), d.version());
        return d.id();
    }

    private void answerInsulin(List<QuestionView> q, boolean submit) {
        long dialogueId = dialogueOf(q);
        responses.open(dialogueId);
        responses.saveAnswer(dialogueId, q.get(0).id(), null, AnswerInput.text(submit
                ? "Pumpen justerer basaldosen hvert femte minutt ut fra sensorverdiene, med manuell bolus til måltider."
                : "Vår løsning bygger på en algoritme som ..."));
        responses.saveAnswer(dialogueId, q.get(1).id(), null, AnswerInput.number(new BigDecimal(submit ? "7" : "10")));
        if (submit) {
            responses.saveAnswer(dialogueId, q.get(2).id(), null, AnswerInput.choices(Set.of("CE-merking",
                    "MDR klasse IIb")));
            responses.saveAnswer(dialogueId, q.get(3).id(), null, AnswerInput.yesNo(true));
            responses.saveAnswer(dialogueId, q.get(5).id(), null, AnswerInput.choices(Set.of("Leie")));
            responses.submit(dialogueId);
        }
    }

    /** The insulin dialogue's id, as the supplier acting now sees it in its list. */
    private long dialogueOf(List<QuestionView> questionnaireOfIt) {
        return responses.myDialogues().stream().filter(r -> r.title().equals(INSULIN)).findFirst().orElseThrow()
                .dialogueId();
    }

    private void add(long section, String text, QuestionType type, boolean required) {
        add(section, text, type, required, null);
    }

    private void add(long section, String text, QuestionType type, boolean required, @Nullable String unit) {
        questionnaire.addQuestion(section, new QuestionForm(text, type, null, unit, List.of(), required));
    }

    private void addChoice(long section, String text, QuestionType type, List<String> options) {
        questionnaire.addQuestion(section, new QuestionForm(text, type, null, null, options, false));
    }

    private static TenantGrant supplier(TenantSummary tenant) {
        return new TenantGrant(tenant.id(), tenant.name(), tenant.timeZone(), Set.of(Role.SUPPLIER_USER),
                tenant.kind().isBuyer());
    }
}
