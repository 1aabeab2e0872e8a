package no.samspill.marketdialogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.samspill.marketdialogue.domain.AnswerRepository;
import no.samspill.marketdialogue.domain.DialogueQuestion;
import no.samspill.marketdialogue.domain.DialogueSection;
import no.samspill.marketdialogue.domain.MarketDialogue;
import no.samspill.marketdialogue.domain.QuestionRepository;
import no.samspill.marketdialogue.domain.SectionRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a dialogue's questionnaire: sections and numbered questions. Once the dialogue is published, every change
 * raises the questionnaire version and goes into the ledger as information to all, so participants are told and
 * nothing changes silently under answers already given. A question that has answers cannot be deleted.
 */
@Service
public class QuestionnaireService {

    private final SectionRepository sections;
    private final QuestionRepository questions;
    private final AnswerRepository answers;
    private final Questionnaires questionnaires;
    private final DialogueLedger ledger;
    private final DialogueAccess access;
    private final AuditTrail audit;
    private final DialogueNews news;
    private final Clock clock;

    QuestionnaireService(SectionRepository sections, QuestionRepository questions, AnswerRepository answers,
            Questionnaires questionnaires, DialogueLedger ledger, DialogueAccess access, AuditTrail audit,
            DialogueNews news, Clock clock) {
        this.news = news;
        this.clock = clock;
        this.sections = sections;
        this.questions = questions;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public List<SectionView> addSection(long dialogueId, String title) {
        MarketDialogue d = editable(dialogueId);
        String clean = sectionTitle(title);
        int position = sections.findByDialogueIdOrderByPosition(dialogueId).size() + 1;
        DialogueSection section = sections.save(new DialogueSection(dialogueId, position, clean));
        changed(d, "dialogue.section-added", FieldChange.set("section", clean), section.id());
        return questionnaires.of(dialogueId);
    }

    @Transactional
    public List<SectionView> addQuestion(long sectionId, QuestionForm form) {
        DialogueSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        MarketDialogue d = editable(section.getDialogueId());
        QuestionForm valid = validate(form);
        int position = questions.findByDialogueIdOrderByPosition(d.id()).size() + 1;
        DialogueQuestion q = new DialogueQuestion(d.id(), sectionId, position);
        define(q, valid);
        questions.save(q);
        changed(d, "dialogue.question-added", FieldChange.set("question", valid.text()), q.id());
        return questionnaires.of(d.id());
    }

    @Transactional
    public List<SectionView> updateQuestion(long questionId, long expectedVersion, QuestionForm form) {
        DialogueQuestion q = questions.findById(questionId).orElseThrow(NotFoundException::new);
        MarketDialogue d = editable(q.getDialogueId());
        q.requireVersion(expectedVersion);
        QuestionForm valid = validate(form);
        boolean settingsChanged = valid.type() != q.getType() || !valid.options().equals(q.getOptions())
                || !java.util.Objects.equals(valid.maxLength(), q.getMaxLength())
                || !java.util.Objects.equals(valid.unit(), q.getUnit());
        // answers already given were given to these settings; only the wording and "required" may change under them
        if (settingsChanged && answers.existsByQuestionId(questionId)) {
            throw new ValidationException("question.error.type-answered");
        }
        FieldChange change = FieldChange.of("question", q.getText(), valid.text());
        FieldChange required = FieldChange.of("required", q.isRequired(), valid.required());
        FieldChange type = FieldChange.of("type", q.getType(), valid.type());
        FieldChange options = FieldChange.of("options", q.getOptions(), valid.options());
        define(q, valid);
        questions.flush();
        audit.recordIn(d.getTenantId(), "dialogue.question-settings", "MarketDialogue", d.id(), required, type,
                options);
        changed(d, "dialogue.question-changed", change, q.id());
        return questionnaires.of(d.id());
    }

    @Transactional
    public List<SectionView> deleteQuestion(long questionId) {
        DialogueQuestion q = questions.findById(questionId).orElseThrow(NotFoundException::new);
        MarketDialogue d = editable(q.getDialogueId());
        if (answers.existsByQuestionId(questionId)) {
            throw new ValidationException("question.error.answered");
        }
        questions.delete(q);
        questions.flush();
        renumber(d.id());
        changed(d, "dialogue.question-deleted", FieldChange.of("question", q.getText(), null), q.id());
        return questionnaires.of(d.id());
    }

    /** Moves a question one place up (-1) or down (+1) within its section. */
    @Transactional
    public List<SectionView> moveQuestion(long questionId, int direction) {
        DialogueQuestion q = questions.findById(questionId).orElseThrow(NotFoundException::new);
        MarketDialogue d = editable(q.getDialogueId());
        List<DialogueQuestion> siblings = new ArrayList<>(questions.findByDialogueIdOrderByPosition(d.id()).stream()
                .filter(o -> o.getSectionId() == q.getSectionId()).toList());
        int index = siblings.indexOf(q);
        int target = index + Integer.signum(direction);
        if (index < 0 || target < 0 || target >= siblings.size()) {
            return questionnaires.of(d.id());
        }
        DialogueQuestion other = siblings.get(target);
        int position = q.getPosition();
        q.setPosition(other.getPosition());
        other.setPosition(position);
        questions.flush();
        changed(d, "dialogue.question-moved", FieldChange.of("position", position, q.getPosition()), q.id());
        return questionnaires.of(d.id());
    }

    private MarketDialogue editable(long dialogueId) {
        MarketDialogue d = access.asBuyer(dialogueId);
        if (d.isPublished() && !d.isOpenFor(clock.instant())) {
            throw new ValidationException("dialogue.error.closed");
        }
        return d;
    }

    private void changed(MarketDialogue d, String action, FieldChange change, long entityId) {
        audit.recordIn(d.getTenantId(), action, "MarketDialogue", d.id(), change,
                FieldChange.set("itemId", entityId));
        if (d.isPublished()) {
            d.questionnaireChanged();
            ledger.toAll(d.id(), LedgerKind.QUESTIONNAIRE_CHANGED,
                    "v" + d.getQuestionnaireVersion() + ": " + (change.newValue() != null ? change.newValue()
                            : change.oldValue()));
            news.questionnaireChanged(d);
        }
    }

    private void renumber(long dialogueId) {
        int position = 1;
        for (DialogueQuestion q : questions.findByDialogueIdOrderByPosition(dialogueId)) {
            q.setPosition(position++);
        }
    }

    private static void define(DialogueQuestion q, QuestionForm f) {
        q.define(f.text(), f.type(), f.maxLength(), f.unit(), f.options(), f.required());
    }

    private static String sectionTitle(String title) {
        String clean = title.strip();
        if (clean.isEmpty() || clean.length() > DialogueRules.SECTION_TITLE_MAX) {
            throw new ValidationException("question.error.section-title", DialogueRules.SECTION_TITLE_MAX);
        }
        return clean;
    }

    /** Checks the form and returns it cleaned: trimmed text, settings that fit the type and nothing else. */
    static QuestionForm validate(QuestionForm f) {
        String text = f.text().strip();
        if (text.length() < 3 || text.length() > DialogueRules.QUESTION_MAX) {
            throw new ValidationException("question.error.text", DialogueRules.QUESTION_MAX);
        }
        Integer maxLength = null;
        String unit = null;
        List<String> options = List.of();
        switch (f.type()) {
            case FREE_TEXT -> {
                maxLength = f.maxLength() == null ? DialogueRules.FREE_TEXT_DEFAULT : f.maxLength();
                if (maxLength < 1 || maxLength > DialogueRules.FREE_TEXT_MAX) {
                    throw new ValidationException("question.error.max-length", DialogueRules.FREE_TEXT_MAX);
                }
            }
            case NUMBER -> unit = blankToNull(f.unit());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options = options(f.options());
            case YES_NO, FILE -> { }
        }
        if (unit != null && unit.length() > DialogueRules.UNIT_MAX) {
            throw new ValidationException("question.error.unit", DialogueRules.UNIT_MAX);
        }
        return new QuestionForm(text, f.type(), maxLength, unit, options, f.required());
    }

    private static List<String> options(List<String> raw) {
        List<String> clean = raw.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (clean.size() < 2 || clean.size() > DialogueRules.OPTIONS_MAX) {
            throw new ValidationException("question.error.options", DialogueRules.OPTIONS_MAX);
        }
        if (clean.stream().anyMatch(o -> o.length() > DialogueRules.OPTION_MAX || o.contains("\n"))) {
            throw new ValidationException("question.error.option-length", DialogueRules.OPTION_MAX);
        }
        if (new HashSet<>(clean).size() != clean.size()) {
            throw new ValidationException("question.error.option-duplicate");
        }
        return clean;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
