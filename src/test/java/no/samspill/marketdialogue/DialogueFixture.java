package no.samspill.marketdialogue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectService;
import no.samspill.support.TestUsers;
import org.springframework.stereotype.Component;

/** Builds published dialogues for tests, as Helse Sør-Øst's procurement lead would. */
@Component
public class DialogueFixture {

    public record Built(long dialogueId, long freeText, long number, long yesNo, long single, long multi) {
    }

    private final DialogueService dialogues;
    private final QuestionnaireService questionnaire;
    private final ProjectService projects;
    private final TestUsers users;

    DialogueFixture(DialogueService dialogues, QuestionnaireService questionnaire, ProjectService projects,
            TestUsers users) {
        this.dialogues = dialogues;
        this.questionnaire = questionnaire;
        this.projects = projects;
        this.users = users;
    }

    public long supplierTenant(String name) {
        users.login(TestUsers.HSO_LEAD);
        return dialogues.supplierOptions(name, 0, 20).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                .tenantId();
    }

    /** Published, with one question of each type, inviting the named suppliers (none: an open dialogue). */
    public Built published(String title, String... invitedSuppliers) {
        users.login(TestUsers.HSO_LEAD);
        long project = projects.search(new ProjectFilter("2026/0142", null, null), 0, 1).getFirst().id();
        DialogueSummary d = dialogues.create(project, title);
        AccessMode mode = invitedSuppliers.length == 0 ? AccessMode.OPEN : AccessMode.INVITED;
        d = dialogues.describe(d.id(), d.version(), new DialogueForm(title, "Vi ønsker innspill fra markedet.",
                LocalDateTime.now().plusDays(10), mode));
        long section = questionnaire.addSection(d.id(), "Produkt").getFirst().id();
        questionnaire.addQuestion(section, new QuestionForm("Beskriv løsningen", QuestionType.FREE_TEXT, 50, null,
                List.of(), true));
        questionnaire.addQuestion(section, new QuestionForm("Batterilevetid", QuestionType.NUMBER, null, "timer",
                List.of(), false));
        questionnaire.addQuestion(section, new QuestionForm("Integrasjon med journal?", QuestionType.YES_NO, null,
                null, List.of(), false));
        questionnaire.addQuestion(section, new QuestionForm("Leveringsmodell", QuestionType.SINGLE_CHOICE, null,
                null, List.of("Kjøp", "Leie", "Tjeneste"), false));
        List<SectionView> sections = questionnaire.addQuestion(section, new QuestionForm("Sertifiseringer",
                QuestionType.MULTIPLE_CHOICE, null, null, List.of("CE", "ISO 13485", "MDR klasse IIb"), false));
        List<QuestionView> q = sections.getFirst().questions();
        for (String name : invitedSuppliers) {
            dialogues.invite(d.id(), Set.of(supplierTenant(name)));
        }
        d = dialogues.get(d.id());
        dialogues.publish(d.id(), d.version());
        TestUsers.logout();
        return new Built(d.id(), q.get(0).id(), q.get(1).id(), q.get(2).id(), q.get(3).id(), q.get(4).id());
    }
}
